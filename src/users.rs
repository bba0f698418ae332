//! `joule user …`: manage users from the command line (the way to make the first
//! admin without `JOULE_ADMIN_PASSWORD`, and to recover a lost admin password).

use anyhow::Context as _;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::Subcommand;
use joule_db::models::{NewUser, UserChanges};
use joule_db::queries::auth as q;
use joule_db::{DbConnection, Role};
use joule_server::auth;
use std::io::Read as _;

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
    let password = if from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the password from standard input")?;
        text.strip_suffix('\n')
            .map(|t| t.strip_suffix('\r').unwrap_or(t))
            .unwrap_or(&text)
            .to_string()
    } else {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        anyhow::ensure!(first == again, "the passwords differ");
        first
    };
    auth::password_rules(&password).map_err(|m| anyhow::anyhow!("the password {m}"))?;
    Ok(password)
}

fn find(conn: &mut DbConnection, username: &str) -> anyhow::Result<joule_db::models::User> {
    q::user_by_username(conn, username)?.with_context(|| format!("there is no user '{username}'"))
}

fn change(conn: &mut DbConnection, username: &str, changes: UserChanges) -> anyhow::Result<()> {
    let user = find(conn, username)?;
    q::user_update(conn, user.id, &changes, None)?;
    Ok(())
}

pub fn run(conn: &mut DbConnection, command: UserCommand) -> anyhow::Result<()> {
    let now = joule_db::now_micros();
    match command {
        UserCommand::Create {
            username,
            role,
            password_stdin,
        } => {
            auth::username_rules(&username).map_err(|m| anyhow::anyhow!("the username {m}"))?;
            let password = password(password_stdin)?;
            let user = q::user_create(
                conn,
                &NewUser {
                    username,
                    password_hash: auth::hash_password(&password).map_err(anyhow::Error::msg)?,
                    role,
                    active: true,
                    created_at: now,
                    updated_at: now,
                },
            )?;
            println!(
                "created user '{}' (id {}, role {})",
                user.username, user.id, user.role
            );
        }
        UserCommand::List => {
            let mut after = None;
            println!("{:>6}  {:<32} {:<8} active", "id", "username", "role");
            loop {
                let page =
                    q::users_list(conn, joule_db::models::PageRequest { after, limit: 1000 })?;
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
            let password = password(password_stdin)?;
            let changes = UserChanges {
                password_hash: Some(auth::hash_password(&password).map_err(anyhow::Error::msg)?),
                updated_at: Some(now),
                ..UserChanges::default()
            };
            change(conn, &username, changes)?;
            println!("password of '{username}' changed; their sessions are signed out");
        }
        UserCommand::Disable { username } => {
            let changes = UserChanges {
                active: Some(false),
                updated_at: Some(now),
                ..UserChanges::default()
            };
            change(conn, &username, changes)?;
            println!("user '{username}' disabled; their sessions are signed out");
        }
        UserCommand::Enable { username } => {
            let changes = UserChanges {
                active: Some(true),
                updated_at: Some(now),
                ..UserChanges::default()
            };
            change(conn, &username, changes)?;
            println!("user '{username}' enabled");
        }
    }
    Ok(())
}
