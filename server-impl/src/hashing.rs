//! Password hashing on a few threads of its own, in memory each thread keeps.
//!
//! argon2 works in ~19 MiB per hash. Allocated and freed per hash, on whatever thread
//! runs it, such blocks stay in the malloc arenas (after the first free, glibc keeps
//! blocks of that size on the heap rather than unmapping them), several per arena: a
//! few dozen logins took the server from 45 to 265 MiB. Here two long-lived threads
//! do all the hashing, each in one block of memory it allocates once and reuses, so
//! the cost is at most two blocks for the life of the process (the second only once
//! two hashes have overlapped: a job goes to the first thread unless it is busy); and
//! a storm of logins queues here instead of occupying the blocking pool the database
//! calls need.

use argon2::password_hash::{Output, ParamsString, PasswordHash, Salt, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};

thread_local! {
    /// The argon2 working memory of this thread, grown to the largest cost seen.
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// argon2 of `password` and `salt` into an output of `len` bytes, in this thread's memory.
fn compute(
    argon: &Argon2<'_>,
    password: &[u8],
    salt: &Salt<'_>,
    len: usize,
) -> argon2::password_hash::Result<Output> {
    let mut salt_bytes = [0u8; 64];
    let salt = salt.decode_b64(&mut salt_bytes)?;
    let blocks = argon.params().block_count();
    MEMORY.with(|memory| {
        let mut memory = memory.borrow_mut();
        if memory.len() < blocks {
            memory.resize(blocks, Block::default());
        }
        Output::init_with(len, |out| {
            argon
                .hash_password_into_with_memory(password, salt, out, &mut memory[..blocks])
                .map_err(Into::into)
        })
    })
}

/// An argon2id hash (PHC string) of `password` with a random salt and the crate's
/// default cost: the same string `argon2`'s own hasher makes.
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    let argon = Argon2::default();
    let len = argon
        .params()
        .output_len()
        .unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let output = compute(&argon, password.as_bytes(), &salt.as_salt(), len)
        .map_err(|e| format!("cannot hash a password: {e}"))?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::default().into()),
        params: ParamsString::try_from(argon.params())
            .map_err(|e| format!("cannot hash a password: {e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// Whether `password` matches an argon2 PHC string (constant-time comparison).
pub fn verify_password(hash: &str, password: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let verified = || -> argon2::password_hash::Result<bool> {
        let algorithm = Algorithm::try_from(parsed.algorithm)?;
        let version = parsed
            .version
            .map(Version::try_from)
            .transpose()
            .map_err(|_| argon2::password_hash::Error::Version)?
            .unwrap_or_default();
        let params = Params::try_from(&parsed)?;
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return Ok(false);
        };
        let argon = Argon2::new(algorithm, version, params);
        // `Output`'s equality is constant-time.
        Ok(compute(&argon, password.as_bytes(), &salt, expected.len())? == expected)
    };
    verified().unwrap_or(false)
}

type Job = Box<dyn FnOnce() + Send>;

/// Hashes computed at once; more wait their turn.
const THREADS: usize = 2;

/// The hashing threads: a queue each, and how many jobs each has been given and not
/// yet finished.
struct Workers {
    queues: Vec<mpsc::Sender<Job>>,
    pending: Vec<Arc<AtomicUsize>>,
}

fn workers() -> Option<&'static Workers> {
    static WORKERS: OnceLock<Option<Workers>> = OnceLock::new();
    WORKERS
        .get_or_init(|| {
            let mut workers = Workers {
                queues: Vec::with_capacity(THREADS),
                pending: Vec::with_capacity(THREADS),
            };
            for i in 0..THREADS {
                let (sender, receiver) = mpsc::channel::<Job>();
                let spawned = std::thread::Builder::new()
                    .name(format!("joule-hash-{i}"))
                    .spawn(move || {
                        for job in receiver {
                            // A panicking job answers nothing (its caller sees
                            // `None`) and leaves the thread serving.
                            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                        }
                    });
                if let Err(e) = spawned {
                    log::error!("cannot start a password hashing thread: {e}");
                    return None;
                }
                workers.queues.push(sender);
                workers.pending.push(Arc::new(AtomicUsize::new(0)));
            }
            Some(workers)
        })
        .as_ref()
}

/// One job given to a thread and not finished: counted while it lives.
struct Unfinished(Arc<AtomicUsize>);

impl Unfinished {
    fn count(pending: &Arc<AtomicUsize>) -> Unfinished {
        pending.fetch_add(1, Ordering::Relaxed);
        Unfinished(pending.clone())
    }
}

impl Drop for Unfinished {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Runs `f` (a hash or a verification) on a hashing thread; `None` if the threads
/// are gone or `f` panicked. The job goes to the thread with the fewest unfinished
/// jobs, the first on a tie: hashes that do not overlap all run on the first thread,
/// so a server that never hashes two passwords at once keeps one argon2 block.
pub async fn run<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let workers = workers()?;
    let chosen = (0..THREADS).min_by_key(|&i| workers.pending[i].load(Ordering::Relaxed))?;
    let pending = Unfinished::count(&workers.pending[chosen]);
    let (answer, answered) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        // Counted as finished before the answer, so the caller's next job sees the
        // thread free again (and a panic counts it finished too).
        let out = {
            let _pending = pending;
            f()
        };
        let _ = answer.send(out);
    });
    workers.queues[chosen].send(job).ok()?;
    answered.await.ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::PasswordVerifier as _;

    #[test]
    fn hashes_interoperate_with_the_argon2_crate() {
        let ours = hash_password("correct horse").unwrap();
        assert!(ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default()
            .verify_password(b"correct horse", &parsed)
            .is_ok());
        assert!(verify_password(&ours, "correct horse"));
        assert!(!verify_password(&ours, "correct horsE"));
        let theirs = {
            use argon2::PasswordHasher as _;
            let salt = SaltString::generate(&mut rand::rngs::OsRng);
            Argon2::default()
                .hash_password(b"battery staple", &salt)
                .unwrap()
                .to_string()
        };
        assert!(verify_password(&theirs, "battery staple"));
        assert!(!verify_password(&theirs, "battery"));
        assert!(!verify_password("not a hash", "x"));
        assert!(!verify_password(
            "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$",
            "x"
        ));
    }

    #[tokio::test]
    async fn hashes_that_do_not_overlap_run_on_one_thread() {
        let name = || std::thread::current().name().map(str::to_string);
        for _ in 0..5 {
            assert_eq!(run(name).await.flatten().as_deref(), Some("joule-hash-0"));
        }
        // Overlapping jobs spread over both threads.
        let (release, wait) = mpsc::channel::<()>();
        let busy = tokio::spawn(run(move || wait.recv().ok()));
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert_eq!(run(name).await.flatten().as_deref(), Some("joule-hash-1"));
        release.send(()).unwrap();
        assert_eq!(busy.await.unwrap(), Some(Some(())));
    }

    #[tokio::test]
    async fn runs_jobs_and_survives_a_panicking_one() {
        assert_eq!(run(|| 2 + 2).await, Some(4));
        let answers = futures::future::join_all((0..8).map(|i| run(move || i * 10))).await;
        assert_eq!(answers, (0..8).map(|i| Some(i * 10)).collect::<Vec<_>>());
        for _ in 0..THREADS + 1 {
            assert_eq!(run(|| -> i32 { panic!("boom") }).await, None);
        }
        assert_eq!(
            run(|| 1).await,
            Some(1),
            "the threads serve on after panics"
        );
    }
}
