//! A few connections to the shared ledger, kept open and shared by the requests of a
//! long-running server (the webhook receiver): one connection per event let 500
//! parallel posts exhaust PostgreSQL's `max_connections` and fail other tills' reads.
//! Requests past the pool's size wait their turn (up to the caller's time limit).
//!
//! deadpool's generic pool, with our own `connect` as the way to make a connection, so a
//! pooled connection is made exactly like any other: TLS, certificate checks and the
//! schema's migrations included (deadpool-postgres would bring a second way to connect).

use std::time::Duration;

use deadpool::managed;
use secrecy::SecretString;

use super::Shared;

/// How many connections one server keeps at most: a handful serves hundreds of events
/// a second, and leaves the database's connections to the tills.
pub const POOL_SIZE: usize = 4;

/// Makes and checks the pool's connections.
#[derive(Debug)]
pub struct Connector {
    url: SecretString,
    timeout: Duration,
}

impl managed::Manager for Connector {
    type Type = Shared;
    type Error = String;

    async fn create(&self) -> Result<Shared, String> {
        Shared::connect(&self.url, self.timeout).await
    }

    async fn recycle(
        &self,
        shared: &mut Shared,
        _: &managed::Metrics,
    ) -> managed::RecycleResult<String> {
        // A connection the server closed (a restart, an idle timeout) is made anew.
        if shared.client.is_closed() {
            return Err(managed::RecycleError::message("the connection was closed"));
        }
        Ok(())
    }
}

/// A pool of connections to the shared ledger.
#[derive(Clone)]
pub struct Pool(managed::Pool<Connector>);

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the URL: it may hold a password.
        let status = self.0.status();
        write!(f, "Pool({} of {} open)", status.size, status.max_size)
    }
}

impl Pool {
    /// A pool for `url`; nothing connects until a connection is asked for. `timeout`
    /// bounds both making a connection and waiting for a free one.
    pub fn new(url: SecretString, timeout: Duration) -> Pool {
        let connector = Connector { url, timeout };
        // Building fails only without a runtime for the time limits, and one is named.
        let pool = managed::Pool::builder(connector)
            .max_size(POOL_SIZE)
            .wait_timeout(Some(timeout))
            .create_timeout(Some(timeout))
            .runtime(deadpool::Runtime::Tokio1)
            .build()
            .expect("a pool with a runtime builds");
        Pool(pool)
    }

    /// A connection from the pool, made if none is free and the pool is not full.
    pub async fn get(&self) -> Result<managed::Object<Connector>, String> {
        self.0.get().await.map_err(|e| match e {
            managed::PoolError::Backend(e) => e,
            managed::PoolError::Timeout(_) => {
                "the shared ledger did not answer in time (every connection busy)".into()
            }
            other => other.to_string(),
        })
    }
}
