//! The till's lock: with staff set up, the app opens on a PIN screen, and the person
//! whose PIN opens it is the operator of every sale and event until it locks again, on
//! Ctrl+L or after `lock_after` with no key. Pure, like the rest of `app`: time comes in
//! with each call, and a PIN to check goes out as an effect (Argon2 runs off the loop).
//!
//! `App` holds one as a layer (`app/staffing.rs`), and the manager-PIN prompt is a
//! second one listing only the managers. A payment on screen is untouched by it, since
//! the lock only decides who has the keys.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::staff::{Pin, Refusal, Role};

pub use crate::staff::Person;

/// Where the lock is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockState {
    /// The staff list is being read: keys wait until it is known whether there is
    /// anyone to ask a PIN of.
    Loading,
    /// The PIN screen is up.
    Locked,
    /// A PIN was sent to be checked; keys wait.
    Checking,
    /// Open, for this person.
    Open(Person),
}

/// What the lock asks for.
#[derive(Debug)]
pub enum LockEffect {
    /// Check this PIN for this name (against the staff list and the till's lock-out).
    CheckPin {
        /// Whose PIN it is said to be.
        name: String,
        /// The PIN as typed.
        pin: Pin,
    },
}

/// The lock and its PIN screen.
#[derive(Debug, Clone)]
pub struct Lock {
    /// Who may open it, in the order the PIN screen lists them.
    pub staff: Vec<Person>,
    /// The name the PIN screen has selected.
    pub selected: usize,
    /// How many digits are typed (the digits themselves are in `typed`, never drawn).
    typed: String,
    /// Where the lock is.
    pub state: LockState,
    /// What the PIN screen says (a wrong PIN, a lock-out and until when).
    pub message: Option<String>,
    /// When the last key was pressed.
    last_key: Instant,
    /// How long without a key locks it; `None` never.
    lock_after: Option<Duration>,
}

impl Lock {
    /// A lock for `staff`: locked at once when there is anyone (no staff, never locked).
    /// `lock_after_secs` 0 means never by itself.
    pub fn new(staff: Vec<Person>, lock_after_secs: u64, now: Instant) -> Lock {
        let state = if staff.is_empty() {
            LockState::Open(Person {
                name: String::new(),
                role: Role::Manager,
            })
        } else {
            LockState::Locked
        };
        Lock {
            staff,
            selected: 0,
            typed: String::new(),
            state,
            message: None,
            last_key: now,
            lock_after: (lock_after_secs > 0).then(|| Duration::from_secs(lock_after_secs)),
        }
    }

    /// A lock that waits for the staff list (`on_staff` opens or locks it).
    pub fn loading(lock_after_secs: u64, now: Instant) -> Lock {
        let mut lock = Lock::new(Vec::new(), lock_after_secs, now);
        lock.state = LockState::Loading;
        lock
    }

    /// The staff list arrived: locked when there is anyone, else open as it always was.
    pub fn on_staff(&mut self, staff: Vec<Person>, now: Instant) {
        let lock_after = self.lock_after.map_or(0, |d| d.as_secs());
        *self = Lock::new(staff, lock_after, now);
    }

    /// Whether the staff list is still being read.
    pub fn is_loading(&self) -> bool {
        self.state == LockState::Loading
    }

    /// Whether there are staff at all: without, the app works as it always has.
    pub fn in_use(&self) -> bool {
        !self.staff.is_empty()
    }

    /// Whether the PIN screen has the keys.
    pub fn is_locked(&self) -> bool {
        !matches!(self.state, LockState::Open(_))
    }

    /// Who is selling, when someone opened the till.
    pub fn operator(&self) -> Option<&Person> {
        match &self.state {
            LockState::Open(p) if self.in_use() => Some(p),
            _ => None,
        }
    }

    /// How many PIN digits are typed, for the dots the screen shows.
    pub fn typed_len(&self) -> usize {
        self.typed.chars().count()
    }

    /// Locks the till (Ctrl+L): the PIN screen, nothing typed.
    pub fn lock(&mut self) {
        if self.in_use() {
            self.state = LockState::Locked;
            self.typed.clear();
            self.message = None;
        }
    }

    /// When the idle lock is due, for the loop to wake then.
    pub fn next_wakeup(&self) -> Option<Instant> {
        match self.state {
            LockState::Open(_) if self.in_use() => Some(self.last_key + self.lock_after?),
            _ => None,
        }
    }

    /// Time moved on: locks when no key came for `lock_after`.
    pub fn tick(&mut self, now: Instant) {
        if self.next_wakeup().is_some_and(|due| now >= due) {
            self.lock();
        }
    }

    /// A key, at `now`. Open, it only counts as activity (the caller handles it);
    /// locked, the PIN screen takes it.
    pub fn on_key(&mut self, key: KeyEvent, now: Instant) -> Option<LockEffect> {
        self.last_key = now;
        match self.state {
            LockState::Open(_) | LockState::Checking | LockState::Loading => None,
            LockState::Locked => self.pin_key(key),
        }
    }

    fn pin_key(&mut self, key: KeyEvent) -> Option<LockEffect> {
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return None;
        }
        match key.code {
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down if self.selected + 1 < self.staff.len() => self.selected += 1,
            KeyCode::Char(c) if c.is_ascii_digit() && self.typed.len() < 8 => {
                self.typed.push(c);
            }
            KeyCode::Backspace => {
                self.typed.pop();
            }
            KeyCode::Esc => self.typed.clear(),
            KeyCode::Enter if !self.typed.is_empty() => {
                let name = self.staff.get(self.selected)?.name.clone();
                let pin = Pin::tried(&std::mem::take(&mut self.typed));
                self.state = LockState::Checking;
                self.message = None;
                return Some(LockEffect::CheckPin { name, pin });
            }
            _ => {}
        }
        None
    }

    /// The answer to a `CheckPin`, at `now`.
    pub fn on_checked(&mut self, result: Result<Person, Refusal>, now: Instant) {
        self.last_key = now;
        match result {
            Ok(person) => {
                self.state = LockState::Open(person);
                self.message = None;
            }
            Err(refusal) => self.refused(refusal.to_string(), now),
        }
    }

    /// A PIN that could not be taken, and why (a refusal, or a staff list that could
    /// not be read): the PIN screen again, saying so.
    pub fn refused(&mut self, why: String, now: Instant) {
        self.last_key = now;
        self.state = LockState::Locked;
        self.message = Some(why);
    }
}

#[cfg(test)]
mod tests {
    // Test code: an unwrap that fails is a failure report, as it should be.
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn staff() -> Vec<Person> {
        vec![
            Person {
                name: "ana".into(),
                role: Role::Manager,
            },
            Person {
                name: "bo".into(),
                role: Role::Cashier,
            },
        ]
    }

    fn type_pin(lock: &mut Lock, digits: &str, now: Instant) -> Option<LockEffect> {
        for c in digits.chars() {
            assert!(lock.on_key(key(KeyCode::Char(c)), now).is_none());
        }
        lock.on_key(key(KeyCode::Enter), now)
    }

    #[test]
    fn without_staff_the_till_is_never_locked() {
        let t0 = Instant::now();
        let mut lock = Lock::new(Vec::new(), 300, t0);
        assert!(!lock.is_locked() && lock.operator().is_none());
        lock.lock();
        lock.tick(t0 + Duration::from_secs(3600));
        assert!(!lock.is_locked());
        assert_eq!(lock.next_wakeup(), None);
    }

    #[test]
    fn the_pin_of_the_selected_name_is_sent_to_be_checked_and_opens_for_them() {
        let t0 = Instant::now();
        let mut lock = Lock::new(staff(), 300, t0);
        assert!(lock.is_locked());
        lock.on_key(key(KeyCode::Down), t0);
        lock.on_key(key(KeyCode::Char('x')), t0);
        let Some(LockEffect::CheckPin { name, pin }) = type_pin(&mut lock, "8080", t0) else {
            panic!("no PIN check");
        };
        assert_eq!(name, "bo");
        assert!(!format!("{pin:?}").contains("8080"));
        assert_eq!(lock.typed_len(), 0, "nothing typed is kept");
        assert_eq!(lock.state, LockState::Checking);
        assert!(
            lock.on_key(key(KeyCode::Char('1')), t0).is_none(),
            "keys wait"
        );
        lock.on_checked(Ok(staff()[1].clone()), t0);
        assert_eq!(lock.operator().unwrap().name, "bo");
    }

    #[test]
    fn a_refused_pin_stays_locked_and_says_why() {
        let t0 = Instant::now();
        let mut lock = Lock::new(staff(), 300, t0);
        type_pin(&mut lock, "1234", t0).unwrap();
        let refusal = Refusal::WrongPin {
            name: "ana".into(),
            left: 4,
        };
        lock.on_checked(Err(refusal), t0);
        assert!(lock.is_locked());
        assert!(
            lock.message
                .as_deref()
                .unwrap()
                .contains("wrong PIN for ana")
        );
    }

    #[test]
    fn no_key_for_lock_after_locks_and_ctrl_l_locks_at_once() {
        let t0 = Instant::now();
        let mut lock = Lock::new(staff(), 300, t0);
        type_pin(&mut lock, "4711", t0).unwrap();
        lock.on_checked(Ok(staff()[0].clone()), t0);
        let later = t0 + Duration::from_secs(200);
        lock.on_key(key(KeyCode::Char('5')), later);
        assert_eq!(lock.next_wakeup(), Some(later + Duration::from_secs(300)));
        lock.tick(later + Duration::from_secs(299));
        assert!(!lock.is_locked(), "a key restarts the wait");
        lock.tick(later + Duration::from_secs(300));
        assert!(lock.is_locked());
        assert!(lock.operator().is_none());

        type_pin(&mut lock, "4711", later).unwrap();
        lock.on_checked(Ok(staff()[0].clone()), later);
        lock.lock();
        assert!(lock.is_locked());
    }

    #[test]
    fn lock_after_zero_never_locks_by_itself() {
        let t0 = Instant::now();
        let mut lock = Lock::new(staff(), 0, t0);
        type_pin(&mut lock, "4711", t0).unwrap();
        lock.on_checked(Ok(staff()[0].clone()), t0);
        assert_eq!(lock.next_wakeup(), None);
        lock.tick(t0 + Duration::from_secs(86_400));
        assert!(!lock.is_locked());
    }
}
