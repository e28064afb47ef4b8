//! Hooks: a program the shop chooses, run when a payment link is made, paid or
//! expired, to open a cash drawer, light a lamp or speak. Each is an argument list run
//! without a shell, with the sale in its environment, stdin closed and the first 64 KiB
//! of its output sent to the log; it is done when it exits, and killed after 10 s with
//! every process it started. A hook never holds up a sale or the screen: callers run it
//! in the background and hear only whether it failed.

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

impl Call {
    /// The call for a sale that was voided before it was paid: `LUXPAY_VOIDED=1` tells
    /// the hook (a drawer need not open for money that should go back).
    pub fn voided(mut self) -> Call {
        self.env.push(("LUXPAY_VOIDED", "1".into()));
        self
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

/// How much of each of a hook's streams (stdout, stderr) goes to the log; the rest is
/// read and counted, so a hook that writes without end costs no memory.
pub const OUTPUT_KEPT: usize = 64 * 1024;

/// How long a hook's output is still read once it has exited: what it wrote last may be
/// in the pipe, but a child it left in the background may hold the pipe open for hours.
const DRAIN_GRACE: Duration = Duration::from_millis(200);

/// What a hook wrote on one stream: the first bytes, and how many more were dropped.
#[derive(Debug, Default)]
pub struct Captured {
    /// The first bytes, at most [`OUTPUT_KEPT`].
    pub kept: Vec<u8>,
    /// How many bytes came after those.
    pub dropped: u64,
}

/// Reads a stream to its end into `into`, keeping the first [`OUTPUT_KEPT`] bytes and
/// counting the rest. What was read stays in `into` if this is cut short.
pub async fn capture(
    mut reader: impl tokio::io::AsyncRead + Unpin,
    into: &mut Captured,
) -> std::io::Result<()> {
    use tokio::io::AsyncReadExt;
    let mut buf = vec![0; 64 * 1024];
    loop {
        let n = reader.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        let room = OUTPUT_KEPT.saturating_sub(into.kept.len()).min(n);
        into.kept.extend_from_slice(&buf[..room]);
        into.dropped += (n - room) as u64;
    }
}

/// Runs a hook and waits for it, at most `timeout`: stdin closed, its output logged,
/// killed with every process it started when the time is up. Says why it failed, if it
/// did.
pub async fn run(call: Call, timeout: Duration) -> Result<(), String> {
    let Some((program, args)) = call.command.split_first() else {
        return Ok(());
    };
    let hook = call.event.key();
    let mut child = command(program, args, &call.env)
        .spawn()
        .map_err(|e| format!("{hook} could not start {program}: {e}"))?;
    let (mut out, mut err) = (Captured::default(), Captured::default());
    let status = wait(&mut child, timeout, &mut out, &mut err).await;
    if status.is_none() {
        kill(&mut child);
    }
    log_output(hook, &out, &err);
    match status {
        None => {
            tracing::warn!(hook, "hook killed after {} s", timeout.as_secs());
            Err(format!("{hook} was killed after {} s", timeout.as_secs()))
        }
        Some(Err(e)) => Err(format!("{hook}: {e}")),
        Some(Ok(status)) if status.success() => {
            tracing::info!(hook, "hook ran");
            Ok(())
        }
        Some(Ok(status)) => {
            tracing::warn!(hook, %status, "hook failed");
            Err(format!("{hook} failed ({status})"))
        }
    }
}

/// The hook's process: no shell, stdin closed, output piped, none of luxpay's secrets,
/// the sale in its environment, and a process group of its own, so that it can be
/// killed with everything it started.
fn command(
    program: &str,
    args: &[String],
    env: &[(&'static str, String)],
) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(program);
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    #[cfg(unix)]
    command.process_group(0);
    for (name, _) in std::env::vars_os() {
        if name.to_str().is_some_and(withheld) {
            command.env_remove(name);
        }
    }
    command.envs(env.iter().map(|(k, v)| (*k, v.as_str())));
    command
}

/// Waits for the hook to exit, at most `timeout`, reading its output meanwhile (a hook
/// that fills the pipe would otherwise wait for ever). `None` when the time ran out.
/// The hook is done when it exits, not when its output ends: a child it started in the
/// background keeps the pipe open.
async fn wait(
    child: &mut tokio::process::Child,
    timeout: Duration,
    out: &mut Captured,
    err: &mut Captured,
) -> Option<std::io::Result<std::process::ExitStatus>> {
    let (stdout, stderr) = (child.stdout.take(), child.stderr.take());
    let reading = async {
        // A read error ends that stream's log, nothing more.
        let stdout = async {
            if let Some(stdout) = stdout {
                let _ = capture(stdout, out).await;
            }
        };
        let stderr = async {
            if let Some(stderr) = stderr {
                let _ = capture(stderr, err).await;
            }
        };
        tokio::join!(stdout, stderr);
    };
    tokio::pin!(reading);
    let time_up = tokio::time::sleep(timeout);
    tokio::pin!(time_up);
    let mut read_all = false;
    let status = loop {
        tokio::select! {
            status = child.wait() => break Some(status),
            () = &mut reading, if !read_all => read_all = true,
            () = &mut time_up => break None,
        }
    };
    if status.is_some() && !read_all {
        let _ = tokio::time::timeout(DRAIN_GRACE, &mut reading).await;
    }
    status
}

/// Kills the hook and every process it started: they share its process group (unless
/// one left it on purpose). A `sleep` it started would otherwise outlive it.
fn kill(child: &mut tokio::process::Child) {
    #[cfg(unix)]
    if let Some(group) = child
        .id()
        .and_then(|id| i32::try_from(id).ok())
        .and_then(rustix::process::Pid::from_raw)
    {
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
    }
    let _ = child.start_kill();
}

/// The hook's output in the log: the first lines of what was kept of it, and how many
/// bytes were not kept.
fn log_output(hook: &str, out: &Captured, err: &Captured) {
    for line in String::from_utf8_lossy(&out.kept)
        .lines()
        .chain(String::from_utf8_lossy(&err.kept).lines())
        .take(50)
    {
        tracing::info!(hook, output = %crate::sanitize::line(line), "hook said");
    }
    let dropped = out.dropped + err.dropped;
    if dropped > 0 {
        tracing::info!(
            hook,
            dropped,
            "hook output past the first {} KiB of each stream was not logged",
            OUTPUT_KEPT / 1024
        );
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
