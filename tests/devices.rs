//! The devices at the edge of a till, run for real: hooks as processes (their output,
//! their children, their time limit) and the mirror's socket directory. The printer's
//! are beside it, in `src/printer/tests.rs`.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use luxpay::hooks::{self, Call, HookEvent};
use luxpay::mirror::{self, MirrorState};

fn call(command: &[&str]) -> Call {
    Call {
        event: HookEvent::Paid,
        command: command.iter().map(|s| s.to_string()).collect(),
        env: vec![("LUXPAY_ORDER_ID", "7".into())],
    }
}

/// The process id a hook wrote to `file`.
fn pid_in(file: &Path) -> rustix::process::Pid {
    let text = std::fs::read_to_string(file).unwrap();
    rustix::process::Pid::from_raw(text.trim().parse().unwrap()).unwrap()
}

/// Whether a process is gone: no such process, or a zombie waiting for its new parent
/// to collect it.
fn gone(pid: rustix::process::Pid) -> bool {
    if rustix::process::test_kill_process(pid).is_err() {
        return true;
    }
    let stat = std::fs::read_to_string(format!("/proc/{}/stat", pid.as_raw_nonzero()));
    // The state follows the command's closing parenthesis.
    stat.is_ok_and(|s| {
        s.rsplit(')')
            .next()
            .is_some_and(|r| r.trim_start().starts_with('Z'))
    })
}

#[tokio::test]
async fn hook_output_is_kept_to_64_kib_and_the_rest_counted() {
    let mut child = tokio::process::Command::new("sh")
        .args(["-c", "head -c 100000000 /dev/zero"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut captured = hooks::Captured::default();
    hooks::capture(child.stdout.take().unwrap(), &mut captured)
        .await
        .unwrap();
    assert!(child.wait().await.unwrap().success());
    assert_eq!(captured.kept.len(), hooks::OUTPUT_KEPT);
    assert_eq!(captured.kept.len(), 64 * 1024);
    assert_eq!(captured.dropped, 100_000_000 - 64 * 1024);

    // Through `run`, as a till runs it: `yes` fills the pipe as fast as it is read.
    hooks::run(
        call(&["sh", "-c", "yes | head -c 100000000"]),
        Duration::from_secs(30),
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn a_hook_that_leaves_a_child_in_the_background_is_done_when_it_exits() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("child");
    let path = file.to_str().unwrap();
    // The background `sleep` keeps the hook's stdout open after the hook has exited.
    let result = hooks::run(
        call(&["sh", "-c", "sleep 30 & echo $! > \"$0\"; exit 0", path]),
        Duration::from_secs(5),
    )
    .await;
    // It was the hook's to leave running; the test tidies up after itself.
    let _ = rustix::process::kill_process(pid_in(&file), rustix::process::Signal::KILL);
    assert_eq!(result, Ok(()));
}

#[tokio::test]
async fn a_hook_killed_at_its_time_takes_its_children_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("child");
    let path = file.to_str().unwrap();
    let err = hooks::run(
        call(&[
            "sh",
            "-c",
            "sleep 1000 & echo $! > \"$0\"; sleep 1000",
            path,
        ]),
        Duration::from_millis(500),
    )
    .await
    .unwrap_err();
    assert!(err.contains("killed"), "{err}");
    let child = pid_in(&file);
    let started = Instant::now();
    while !gone(child) && started.elapsed() < Duration::from_secs(3) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let outlived = !gone(child);
    // Nothing is left running, whatever the verdict.
    let _ = rustix::process::kill_process(child, rustix::process::Signal::KILL);
    assert!(!outlived, "the hook's `sleep 1000` outlived it");
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn idle() -> MirrorState {
    MirrorState::Idle {
        shop: "Luxe".into(),
    }
}

#[tokio::test]
async fn the_mirror_refuses_a_socket_directory_that_is_a_symbolic_link() {
    let home = tempfile::tempdir().unwrap();
    let target = home.path().join("elsewhere");
    std::fs::create_dir(&target).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o755)).unwrap();
    let runtime = home.path().join("run");
    std::fs::create_dir(&runtime).unwrap();
    std::os::unix::fs::symlink(&target, runtime.join("luxpay")).unwrap();

    let dir = mirror::socket_dir(Some(runtime.clone()), home.path());
    assert_eq!(dir, runtime.join("luxpay"));
    let err = mirror::publish(&mirror::socket_path(&dir, "front"), idle())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("symbolic link") && err.contains(&dir.display().to_string()),
        "{err}"
    );
    assert_eq!(mode(&target), 0o755, "the link's target is not changed");
    assert_eq!(
        std::fs::read_dir(&target).unwrap().count(),
        0,
        "no socket there"
    );
}

#[tokio::test]
async fn the_mirror_refuses_a_socket_directory_of_another_user() {
    let home = tempfile::tempdir().unwrap();
    // Root can make a directory of another user; anyone else finds one in `/`.
    let dir: PathBuf = if rustix::process::geteuid().is_root() {
        let theirs = home.path().join("theirs");
        std::fs::create_dir(&theirs).unwrap();
        std::fs::set_permissions(&theirs, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).unwrap();
        theirs
    } else {
        PathBuf::from("/")
    };
    let before = mode(&dir);
    let err = mirror::publish(&mirror::socket_path(&dir, "front"), idle())
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("another user"), "{err}");
    assert_eq!(mode(&dir), before, "its mode is not changed");
    assert!(
        !mirror::socket_path(&dir, "front").exists(),
        "no socket there"
    );
}
