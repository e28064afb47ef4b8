//! Hooks: a program the shop chooses, run when a payment link is made, paid or
//! expired, to open a cash drawer, light a lamp or speak. Each is an argument list run
//! without a shell, with the sale in its environment, stdin closed and its output sent
//! to the log; it is killed after 10 s. A hook never holds up a sale or the screen:
//! callers run it in the background and hear only whether it failed.

use std::process::Stdio;
use std::time::Duration;

use crate::api::PaymentStatus;
use crate::ledger::PaymentRecord;

/// How long a hook may run before it is killed.
pub const HOOK_TIMEOUT: Duration = Duration::from_secs(10);

/// When a hook runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HookEvent {
    /// A payment link was made.
    Created,
    /// A payment turned PAID.
    Paid,
    /// A payment expired unpaid.
    Expired,
}

impl HookEvent {
    /// Its name in the config file.
    pub fn key(self) -> &'static str {
        match self {
            HookEvent::Created => "on_created",
            HookEvent::Paid => "on_paid",
            HookEvent::Expired => "on_expired",
        }
    }

    /// The hook a status change calls for, if any.
    pub fn for_status(status: &PaymentStatus) -> Option<HookEvent> {
        match status {
            PaymentStatus::Success => Some(HookEvent::Paid),
            PaymentStatus::Expired => Some(HookEvent::Expired),
            _ => None,
        }
    }
}

/// The hooks of the config file: each a program and its arguments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hooks {
    /// Run when a link is made.
    pub on_created: Option<Vec<String>>,
    /// Run when a payment is paid.
    pub on_paid: Option<Vec<String>>,
    /// Run when a payment expires.
    pub on_expired: Option<Vec<String>>,
}

impl Hooks {
    /// The command for an event, if one is configured.
    pub fn command(&self, event: HookEvent) -> Option<&[String]> {
        match event {
            HookEvent::Created => self.on_created.as_deref(),
            HookEvent::Paid => self.on_paid.as_deref(),
            HookEvent::Expired => self.on_expired.as_deref(),
        }
        .filter(|c| !c.is_empty())
    }

    /// A hook to run for `event` and this sale, if one is configured.
    pub fn call(
        &self,
        event: HookEvent,
        sale: &PaymentRecord,
        status: &PaymentStatus,
    ) -> Option<Call> {
        self.command(event).map(|command| Call {
            event,
            command: command.to_vec(),
            env: environment(sale, status),
        })
    }
}

/// A hook about to run: what, and with which environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// Why it runs.
    pub event: HookEvent,
    /// The program and its arguments.
    pub command: Vec<String>,
    /// The sale, as `LUXPAY_…` variables.
    pub env: Vec<(&'static str, String)>,
}

/// The sale in a hook's environment. Never the API key, the webhook secret or a
/// database URL: those are taken out of what the hook inherits (see `run`).
pub fn environment(sale: &PaymentRecord, status: &PaymentStatus) -> Vec<(&'static str, String)> {
    use crate::money::format_amount;
    vec![
        ("LUXPAY_ORDER_ID", sale.order_id.to_string()),
        ("LUXPAY_AMOUNT", format_amount(sale.amount)),
        ("LUXPAY_CURRENCY", sale.currency.code().to_string()),
        ("LUXPAY_TIP", format_amount(sale.extras.tip_or_zero())),
        ("LUXPAY_PRODUCT", sale.product.clone()),
        ("LUXPAY_CUSTOMER", sale.customer.clone()),
        ("LUXPAY_STATUS", status.word().to_string()),
        ("LUXPAY_TILL", sale.till.clone()),
        ("LUXPAY_OPERATOR", sale.operator.clone()),
        ("LUXPAY_ORDER_URL", sale.order_url.clone()),
    ]
}

/// Whether an inherited variable must not reach a hook: luxpay's and Luxfin's own
/// (the API key, the webhook secret, the shared ledger's URL are among them).
fn withheld(name: &str) -> bool {
    name.starts_with("LUXFIN_") || name.starts_with("LUXPAY_")
}

/// Runs a hook and waits for it, at most `timeout`: stdin closed, its output logged,
/// killed when the time is up. Says why it failed, if it did.
pub async fn run(call: Call, timeout: Duration) -> Result<(), String> {
    let Some((program, args)) = call.command.split_first() else {
        return Ok(());
    };
    let mut command = tokio::process::Command::new(program);
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    for (name, _) in std::env::vars_os() {
        if name.to_str().is_some_and(withheld) {
            command.env_remove(name);
        }
    }
    command.envs(call.env.iter().map(|(k, v)| (*k, v.as_str())));
    let hook = call.event.key();
    let child = command
        .spawn()
        .map_err(|e| format!("{hook} could not start {program}: {e}"))?;
    let output = match tokio::time::timeout(timeout, child.wait_with_output()).await {
        Ok(output) => output.map_err(|e| format!("{hook}: {e}"))?,
        // Dropping the wait kills the child (kill_on_drop).
        Err(_) => {
            tracing::warn!(hook, "hook killed after {} s", timeout.as_secs());
            return Err(format!("{hook} was killed after {} s", timeout.as_secs()));
        }
    };
    for line in String::from_utf8_lossy(&output.stdout)
        .lines()
        .chain(String::from_utf8_lossy(&output.stderr).lines())
        .take(50)
    {
        tracing::info!(hook, output = %crate::sanitize::line(line), "hook said");
    }
    if output.status.success() {
        tracing::info!(hook, "hook ran");
        Ok(())
    } else {
        tracing::warn!(hook, status = %output.status, "hook failed");
        Err(format!("{hook} failed ({})", output.status))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_withheld_from_hooks() {
        for name in ["LUXFIN_API_KEY", "LUXFIN_API_SECRET", "LUXPAY_LEDGER_URL"] {
            assert!(withheld(name), "{name}");
        }
        assert!(!withheld("PATH") && !withheld("HOME"));
    }

    fn call(command: &[&str]) -> Call {
        Call {
            event: HookEvent::Paid,
            command: command.iter().map(|s| s.to_string()).collect(),
            env: vec![("LUXPAY_ORDER_ID", "7".into())],
        }
    }

    #[tokio::test]
    async fn a_hook_that_runs_too_long_is_killed() {
        let started = std::time::Instant::now();
        let err = run(call(&["sleep", "30"]), Duration::from_millis(300))
            .await
            .unwrap_err();
        assert!(err.contains("on_paid was killed"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[tokio::test]
    async fn a_failing_hook_says_so_and_stdin_is_closed() {
        // `cat` ends at once on a closed stdin; on an open one it would wait.
        run(call(&["cat"]), Duration::from_secs(5)).await.unwrap();
        let err = run(call(&["sh", "-c", "exit 3"]), Duration::from_secs(5))
            .await
            .unwrap_err();
        assert!(err.contains("on_paid failed") && err.contains('3'), "{err}");
        let err = run(call(&["/nonexistent/drawer"]), Duration::from_secs(5))
            .await
            .unwrap_err();
        assert!(err.contains("could not start /nonexistent/drawer"), "{err}");
        // The sale is in the environment.
        run(
            call(&["sh", "-c", "test \"$LUXPAY_ORDER_ID\" = 7"]),
            Duration::from_secs(5),
        )
        .await
        .unwrap();
    }

    #[test]
    fn statuses_call_their_hooks() {
        assert_eq!(
            HookEvent::for_status(&PaymentStatus::Success),
            Some(HookEvent::Paid)
        );
        assert_eq!(
            HookEvent::for_status(&PaymentStatus::Expired),
            Some(HookEvent::Expired)
        );
        assert_eq!(HookEvent::for_status(&PaymentStatus::Pending), None);
    }
}
