//! Runs the real luxpay binary in a pseudo-terminal and shows what a user would see,
//! through a vt100 emulator that also records clipboard writes (OSC 52), links (OSC 8)
//! and bells.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// What the emulated terminal was asked to do besides drawing.
#[derive(Default)]
pub struct Recorder {
    /// Decoded OSC 52 payloads, in order.
    pub clipboard: Vec<String>,
    /// OSC 8 link targets, in order.
    pub links: Vec<String>,
    pub bells: usize,
}

impl vt100::Callbacks for Recorder {
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        use base64::Engine;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(data)
            .unwrap_or_default();
        self.clipboard
            .push(String::from_utf8_lossy(&decoded).into_owned());
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        if let [b"8", _, url] = params
            && !url.is_empty()
        {
            self.links.push(String::from_utf8_lossy(url).into_owned());
        }
    }
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
}

pub struct Pty {
    pub parser: vt100::Parser<Recorder>,
    /// Every byte the program wrote, in order (for measuring what a change costs).
    pub raw: Vec<u8>,
    rx: mpsc::Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    /// Starts luxpay with `args` in a `cols`×`rows` terminal, in a private home, with a
    /// clean environment plus `env`.
    pub fn spawn(
        home: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        (cols, rows): (u16, u16),
    ) -> Pty {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        // Tests know the binary from Cargo; the screenshot example is told it.
        let bin = std::env::var("LUXPAY_BIN")
            .ok()
            .or(option_env!("CARGO_BIN_EXE_luxpay").map(str::to_string))
            .expect("the luxpay binary: set LUXPAY_BIN");
        let mut cmd = CommandBuilder::new(bin);
        cmd.args(args);
        cmd.env_clear();
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        cmd.env("HOME", home);
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("TZ", "UTC");
        // vt100 answers no query: asking it whether it draws images would only wait.
        cmd.env("LUXPAY_QR_GRAPHICS", "off");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(home);
        let child = pty.slave.spawn_command(cmd).expect("luxpay starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let parser = vt100::Parser::new_with_callbacks(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
            Recorder::default(),
        );
        Pty {
            parser,
            raw: Vec::new(),
            rx,
            writer,
            child,
            _master: pty.master,
        }
    }

    /// Types `text` (use `\t` for Tab, `\r` for Enter).
    pub fn send(&mut self, text: &str) {
        self.writer.write_all(text.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Presses Esc on its own, so it is not read as Alt with the next key.
    pub fn esc(&mut self) {
        self.send("\x1b");
        self.pump_for(Duration::from_millis(150));
    }

    /// Reads output for `duration`, feeding the emulator.
    pub fn pump_for(&mut self, duration: Duration) {
        let end = Instant::now() + duration;
        while let Some(left) = end.checked_duration_since(Instant::now()) {
            match self.rx.recv_timeout(left) {
                Ok(bytes) => self.feed(&bytes),
                Err(_) => break,
            }
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        self.raw.extend_from_slice(bytes);
        self.parser.process(bytes);
    }

    /// Reads output until `done` holds, or panics after `timeout` showing the screen.
    pub fn wait_for(
        &mut self,
        what: &str,
        timeout: Duration,
        done: impl Fn(&vt100::Screen, &Recorder) -> bool,
    ) {
        let end = Instant::now() + timeout;
        loop {
            if done(self.parser.screen(), self.parser.callbacks()) {
                return;
            }
            let Some(left) = end.checked_duration_since(Instant::now()) else {
                panic!(
                    "timed out waiting for {what}; the screen shows:\n{}",
                    self.parser.screen().contents()
                );
            };
            if let Ok(bytes) = self.rx.recv_timeout(left.min(Duration::from_millis(50))) {
                self.feed(&bytes);
            }
        }
    }

    /// Waits for the text to appear on screen.
    pub fn wait_for_text(&mut self, text: &str, timeout: Duration) {
        let t = text.to_string();
        self.wait_for(text, timeout, move |s, _| s.contents().contains(&t));
    }

    /// Waits for the program to end, reading what it writes on the way out.
    pub fn wait_exit(&mut self, timeout: Duration) -> portable_pty::ExitStatus {
        let end = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.pump_for(Duration::from_millis(200));
                return status;
            }
            assert!(
                Instant::now() < end,
                "luxpay did not exit; the screen shows:\n{}",
                self.parser.screen().contents()
            );
            self.pump_for(Duration::from_millis(50));
        }
    }

    /// Resizes the terminal, as dragging its window would (the program gets SIGWINCH).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self._master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        self.parser.screen_mut().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
        // The kernel tells the terminal's foreground group; the program here may not
        // be that group, so tell it directly as well.
        self.signal("WINCH");
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a running child")
    }

    /// Sends a signal by name (TERM, HUP, …) to the program.
    pub fn signal(&self, name: &str) {
        let ok = std::process::Command::new("kill")
            .args([format!("-{name}"), self.pid().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{name}");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The peak resident memory of a process so far, in KiB (`VmHWM` in `/proc`).
pub fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}
