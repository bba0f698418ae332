//! `joule user …`: manage users from the command line (the way to make the first
//! admin without `JOULE_ADMIN_PASSWORD`, and to recover a lost admin password).

use anyhow::Context as _;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::Subcommand;
use joule_db::models::PageRequest;
use joule_db::{Pool, Role};
use joule_server::core::accounts::{self, AccountChanges, NewAccount};
use joule_server::core::{CoreError, Db};
use std::io::Read as _;
use std::time::Duration;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a user; the password is asked for, or read from standard input.
    Create {
        #[arg(long)]
        username: String,
        /// What the user may do.
        #[arg(long, default_value_t = Role::Viewer, value_parser = role_parser())]
        role: Role,
        /// Read the password from standard input instead of a prompt.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List users.
    List,
    /// Set a user's password (and sign them out everywhere).
    SetPassword {
        #[arg(long)]
        username: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Disable a user (and sign them out everywhere).
    Disable {
        #[arg(long)]
        username: String,
    },
    /// Enable a disabled user.
    Enable {
        #[arg(long)]
        username: String,
    },
}

/// Reads `--role` as one of the roles, which `--help` and errors then list.
fn role_parser() -> impl TypedValueParser<Value = Role> {
    PossibleValuesParser::new(Role::ALL.iter().map(|r| r.as_str())).try_map(|r| r.parse::<Role>())
}

/// The password from standard input (one line, or all of it), or from a prompt
/// asked twice.
fn password(from_stdin: bool) -> anyhow::Result<String> {
    if from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the password from standard input")?;
        return Ok(text
            .strip_suffix('\n')
            .map(|t| t.strip_suffix('\r').unwrap_or(t))
            .unwrap_or(&text)
            .to_string());
    }
    // Without a terminal (a script, a container) there is nobody to ask.
    let no_terminal = "cannot ask for the password without a terminal; \
                       pipe it in with --password-stdin";
    let first = rpassword::prompt_password("Password: ").context(no_terminal)?;
    let again = rpassword::prompt_password("Password again: ").context(no_terminal)?;
    anyhow::ensure!(first == again, "the passwords differ");
    Ok(first)
}

/// A service's refusal as a message for the terminal: every broken rule, by field.
fn refusal(e: CoreError) -> anyhow::Error {
    match e {
        CoreError::Invalid { errors, .. } if !errors.is_empty() => anyhow::anyhow!(
            "{}",
            errors
                .iter()
                .map(|e| format!("the {} {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => anyhow::anyhow!("{other}"),
    }
}

async fn change(db: &Db, username: &str, changes: AccountChanges) -> anyhow::Result<()> {
    let user = accounts::user_named(db, username).await.map_err(refusal)?;
    accounts::user_update(db, user.id, changes)
        .await
        .map_err(refusal)?;
    Ok(())
}

/// Runs a user command through the same account services as the API.
pub fn run(pool: Pool, wait: Duration, command: UserCommand) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run_with(&Db::new(pool, wait), command))
}

async fn run_with(db: &Db, command: UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Create {
            username,
            role,
            password_stdin,
        } => {
            let new = NewAccount {
                username,
                password: password(password_stdin)?,
                role: role.to_string(),
                active: true,
            };
            let user = accounts::user_create(db, new).await.map_err(refusal)?;
            println!(
                "created user '{}' (id {}, role {})",
                user.username, user.id, user.role
            );
        }
        UserCommand::List => {
            let mut after = None;
            println!("{:>6}  {:<32} {:<8} active", "id", "username", "role");
            loop {
                let page = PageRequest { after, limit: 1000 };
                let page = accounts::users_list(db, page).await.map_err(refusal)?;
                for u in &page.items {
                    println!("{:>6}  {:<32} {:<8} {}", u.id, u.username, u.role, u.active);
                }
                match page.next_after {
                    Some(next) => after = Some(next),
                    None => break,
                }
            }
        }
        UserCommand::SetPassword {
            username,
            password_stdin,
        } => {
            let changes = AccountChanges {
                password: Some(password(password_stdin)?),
                ..AccountChanges::default()
            };
            change(db, &username, changes).await?;
            println!("password of '{username}' changed; their sessions are signed out");
        }
        UserCommand::Disable { username } => {
            let changes = AccountChanges {
                active: Some(false),
                ..AccountChanges::default()
            };
            change(db, &username, changes).await?;
            println!("user '{username}' disabled; their sessions are signed out");
        }
        UserCommand::Enable { username } => {
            let changes = AccountChanges {
                active: Some(true),
                ..AccountChanges::default()
            };
            change(db, &username, changes).await?;
            println!("user '{username}' enabled");
        }
    }
    Ok(())
}
