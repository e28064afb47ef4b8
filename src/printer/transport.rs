//! Getting a job to the printer, over TCP or into a device file, always within a time
//! limit: a printer that never answers, or a device nothing reads, is a reason on the
//! screen, never a till that hangs at "Printing…".

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::time::{Duration, Instant};

use super::{CONNECT_TIMEOUT, JOB_TIMEOUT, Target};

/// How long a network printer may take to close the connection once it has the job.
/// One that keeps it open longer is taken to have printed: only a reset says it did not.
const CLOSE_WAIT: Duration = Duration::from_secs(2);

/// Sends a job in one connection, all of it within [`JOB_TIMEOUT`]; why it could not
/// be, for "not printed: <reason>".
pub fn send(target: &Target, bytes: &[u8]) -> Result<(), String> {
    send_within(target, bytes, JOB_TIMEOUT)
}

/// [`send`], with the time the whole job may take.
pub fn send_within(target: &Target, bytes: &[u8], limit: Duration) -> Result<(), String> {
    let job = Job {
        deadline: Instant::now() + limit,
        limit,
    };
    match target {
        Target::Tcp(host, port) => tcp(host, *port, bytes, job),
        Target::Device(path) => device(path, bytes, job),
    }
    .map_err(|e| format!("{target}: {e}"))
}

/// When a job must be done by, and the limit that set it, for messages.
#[derive(Clone, Copy)]
struct Job {
    deadline: Instant,
    limit: Duration,
}

impl Job {
    /// The time left, or the error that says the job ran out of it.
    fn left(&self) -> io::Result<Duration> {
        self.deadline
            .checked_duration_since(Instant::now())
            .filter(|left| !left.is_zero())
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!(
                        "the printer did not take the whole job within {} s",
                        self.limit.as_secs()
                    ),
                )
            })
    }
}

/// Connects, writes the job and waits for the printer to close: a printer that resets
/// the connection instead did not take the job (or not all of it).
fn tcp(host: &str, port: u16, bytes: &[u8], job: Job) -> io::Result<()> {
    let addr = (host, port)
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| io::Error::other("no address"))?;
    let mut stream = TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT.min(job.left()?))?;
    let mut sent = 0;
    while sent < bytes.len() {
        stream.set_write_timeout(Some(job.left()?))?;
        match stream.write(&bytes[sent..]) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => sent += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if timed_out(&e) => return Err(job.left().err().unwrap_or(e)),
            Err(e) => return Err(e),
        }
    }
    // A shutdown refused because the printer already reset the connection: the read
    // below reports the reset, which says more.
    let shut = stream.shutdown(Shutdown::Write);
    await_close(&mut stream).and(shut)
}

/// Reads what the printer sends back until it closes the connection or [`CLOSE_WAIT`]
/// has passed; only a reset is an error.
fn await_close(stream: &mut TcpStream) -> io::Result<()> {
    let until = Instant::now() + CLOSE_WAIT;
    let mut answer = [0; 512];
    loop {
        let Some(left) = until
            .checked_duration_since(Instant::now())
            .filter(|left| !left.is_zero())
        else {
            return Ok(());
        };
        stream.set_read_timeout(Some(left))?;
        match stream.read(&mut answer) {
            Ok(0) => return Ok(()),
            // Status bytes some printers send: not needed.
            Ok(_) => {}
            Err(e) if timed_out(&e) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == io::ErrorKind::ConnectionReset => {
                return Err(io::Error::new(
                    e.kind(),
                    format!("the printer reset the connection, so the job may be cut short ({e})"),
                ));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Whether a socket's read or write timeout ran out: it is said either way, depending on
/// the platform.
fn timed_out(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

/// Writes the job into a device file without ever blocking: opened non-blocking, and
/// each write waits for room only as long as the job has left.
#[cfg(unix)]
fn device(path: &Path, bytes: &[u8], job: Job) -> io::Result<()> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    use rustix::io::Errno;
    let device = open_device(path, job)?;
    let mut sent = 0;
    while sent < bytes.len() {
        match rustix::io::write(&device, &bytes[sent..]) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => sent += n,
            Err(Errno::INTR) => {}
            Err(Errno::AGAIN) => {
                let wait = Timespec::try_from(job.left()?).map_err(io::Error::other)?;
                let mut fds = [PollFd::new(&device, PollFlags::OUT)];
                if poll(&mut fds, Some(&wait))? == 0 {
                    job.left()?;
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Opens a device file for writing within [`CONNECT_TIMEOUT`]. Opened non-blocking, as a
/// plain open of a named pipe with no reader (or a device that waits for its printer)
/// would block for ever; such an open says ENXIO at once, and is tried again until the
/// time is up.
#[cfg(unix)]
fn open_device(path: &Path, job: Job) -> io::Result<rustix::fd::OwnedFd> {
    use rustix::fs::{Mode, OFlags};
    use rustix::io::Errno;
    let flags = OFlags::WRONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let until = Instant::now() + CONNECT_TIMEOUT.min(job.left()?);
    loop {
        match rustix::fs::open(path, flags, Mode::empty()) {
            Ok(device) => return Ok(device),
            Err(Errno::INTR) => {}
            Err(Errno::NXIO) if Instant::now() < until => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(Errno::NXIO) => {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!(
                        "nothing took the job within {} s (no printer on the device, or nothing reading it)",
                        CONNECT_TIMEOUT.as_secs()
                    ),
                ));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Writes the job into a device file (no time limit where non-blocking files are not
/// at hand).
#[cfg(not(unix))]
fn device(path: &Path, bytes: &[u8], _job: Job) -> io::Result<()> {
    let mut device = std::fs::OpenOptions::new().write(true).open(path)?;
    device.write_all(bytes).and_then(|()| device.flush())
}
