//! The lock and the manager prompt in `App`: with staff set up, the PIN screen has the
//! keys until someone opens the till, and that person is the operator of what follows;
//! a cashier's manager action waits for a manager's PIN. PINs are checked by the
//! runner (`Effect::CheckPin`), never here.

use crossterm::event::{KeyCode, KeyEvent};

use super::keymap::Action;
use super::lock::{Lock, LockEffect, LockState, Person};
use super::{App, NoticeKind};
use crate::msg::Effect;
use crate::staff::Role;

/// A manager action a cashier asked for, waiting for a manager's PIN.
#[derive(Debug, Clone)]
pub struct Approval {
    /// What waits, in words for the prompt: `Void order 4711`.
    pub what: String,
    /// The managers to pick from, and the PIN typed (a lock of its own).
    pub prompt: Lock,
    /// What goes out once a manager approves.
    effects: Vec<Effect>,
}

impl App {
    /// Who is selling: the person who opened the till, when there are staff.
    pub fn operator_name(&self) -> Option<String> {
        self.lock.operator().map(|p| p.name.clone())
    }

    /// Whether the PIN screen is up (staff known, or the list failed to be read).
    pub fn lock_shown(&self) -> bool {
        self.lock.is_locked() && (self.lock.in_use() || self.lock.message.is_some())
    }

    /// The staff list arrived: the PIN screen when there is anyone, else the app as it
    /// always was, with the keys typed meanwhile handled now.
    pub(super) fn on_staff_loaded(&mut self, result: Result<Vec<Person>, String>) -> Vec<Effect> {
        let early = std::mem::take(&mut self.early_keys);
        match result {
            Ok(staff) => {
                self.lock.on_staff(staff, self.now);
                if self.lock.in_use() {
                    // Typed before anyone was asked for a PIN: meant for no one.
                    return vec![];
                }
                early.into_iter().flat_map(|k| self.on_key(k)).collect()
            }
            Err(e) => {
                // Closed rather than open: who may do what is not known.
                self.lock.message = Some(t!(self.config.tr, "app-staff-not-read", error = e));
                vec![]
            }
        }
    }

    /// A key the lock takes, before any pane: while the staff list is read (kept for
    /// later), on the PIN screen, and Ctrl+L. `None` lets the key go on; any other key
    /// counts as activity for the idle lock.
    pub(super) fn on_lock_key(
        &mut self,
        key: KeyEvent,
        global: Option<Action>,
    ) -> Option<Vec<Effect>> {
        if self.lock.is_loading() {
            if self.lock.message.is_none() {
                self.early_keys.push(key);
            }
            return Some(vec![]);
        }
        if self.lock.is_locked() {
            // Digits typed blind into a screen that is not drawn would be a PIN lost.
            if self.too_small() {
                return Some(vec![]);
            }
            let asked = self.lock.on_key(key, self.now);
            return Some(asked.map(|e| pin_check(e, false)).into_iter().collect());
        }
        self.lock.on_key(key, self.now);
        if global == Some(Action::Lock) {
            if self.lock.in_use() {
                self.lock_now();
            } else {
                let said = t!(self.config.tr, "app-no-staff-to-lock");
                self.notify(NoticeKind::Info, said);
            }
            return Some(vec![]);
        }
        None
    }

    /// Locks the till: the open questions go (the next person did not ask them); a
    /// payment on screen stays, and is followed as before.
    pub(super) fn lock_now(&mut self) {
        self.lock.lock();
        self.approval = None;
        self.books.ask = None;
        self.books.sent = None;
        self.confirm = None;
        self.tip = None;
        self.picker = None;
        self.help = false;
        self.notice = None;
    }

    /// Time moved on: the idle lock, when it is due.
    pub(super) fn lock_if_idle(&mut self) {
        let open = !self.lock.is_locked();
        self.lock.tick(self.now);
        if open && self.lock.is_locked() {
            self.lock_now();
        }
    }

    /// A PIN checked by the runner, for the PIN screen or the manager prompt.
    pub(super) fn on_pin_checked(
        &mut self,
        approval: bool,
        result: Result<Person, String>,
    ) -> Vec<Effect> {
        if approval {
            return match (result, self.approval.as_mut()) {
                (Ok(manager), Some(_)) => self.approved(&manager),
                (Err(why), Some(open)) => {
                    open.prompt.refused(why, self.now);
                    vec![]
                }
                // The prompt was closed meanwhile: nothing waits.
                (_, None) => vec![],
            };
        }
        if self.lock.state != LockState::Checking {
            return vec![];
        }
        match result {
            Ok(person) => {
                let said = t!(
                    self.config.tr,
                    "app-open-for",
                    name = person.name.as_str(),
                    role = person.role.as_str()
                );
                self.lock.on_checked(Ok(person), self.now);
                self.notify(NoticeKind::Info, crate::sanitize::line_owned(said));
            }
            Err(why) => self.lock.refused(why, self.now),
        }
        vec![]
    }

    /// A manager action: goes out at once for a manager (or with no staff); a cashier
    /// is asked for a manager's PIN first.
    pub(super) fn as_manager(&mut self, what: String, effects: Vec<Effect>) -> Vec<Effect> {
        let cashier = self
            .lock
            .operator()
            .is_some_and(|p| p.role == Role::Cashier);
        if !cashier || effects.is_empty() {
            return effects;
        }
        let managers: Vec<Person> = self
            .lock
            .staff
            .iter()
            .filter(|p| p.role == Role::Manager)
            .cloned()
            .collect();
        if managers.is_empty() {
            let said = t!(self.config.tr, "app-no-manager");
            self.notify(NoticeKind::Error, said);
            return vec![];
        }
        self.approval = Some(Approval {
            what,
            prompt: Lock::new(managers, 0, self.now),
            effects,
        });
        vec![]
    }

    /// A key at the manager prompt: Esc with nothing typed gives up, the rest is the
    /// PIN screen's.
    pub(super) fn on_approval_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(open) = self.approval.as_mut() else {
            return vec![];
        };
        if key.code == KeyCode::Esc && open.prompt.typed_len() == 0 {
            let what = open.what.clone();
            // A question of the books waiting for this approval comes back as typed.
            let books = open
                .effects
                .iter()
                .any(|e| matches!(e, Effect::Book { .. } | Effect::CloseShift { .. }));
            self.approval = None;
            if books {
                let sent = self.books.sent.take();
                self.ask_again(sent, None);
            }
            let said = t!(self.config.tr, "app-not-approved", what = what);
            self.notify(NoticeKind::Info, said);
            return vec![];
        }
        let asked = open.prompt.on_key(key, self.now);
        asked.map(|e| pin_check(e, true)).into_iter().collect()
    }

    /// A manager's PIN was right: what waited goes out, naming both (the cashier who
    /// asked is the event's operator, the manager its `approved_by`).
    fn approved(&mut self, manager: &Person) -> Vec<Effect> {
        let Some(approval) = self.approval.take() else {
            return vec![];
        };
        tracing::info!(what = %approval.what, manager = %manager.name, "approved by a manager");
        let by = manager.name.clone();
        approval
            .effects
            .into_iter()
            .map(|effect| match effect {
                Effect::Book { mut event, check } => {
                    event.approved_by = Some(by.clone());
                    Effect::Book { event, check }
                }
                // A Z has one operator line: both names go on it.
                Effect::CloseShift { counted, operator } => Effect::CloseShift {
                    counted,
                    operator: format!("{operator} (approved by {by})"),
                },
                other => other,
            })
            .collect()
    }
}

/// The runner's check for a PIN typed at the PIN screen (anyone on the staff) or the
/// manager prompt (a manager).
fn pin_check(asked: LockEffect, approval: bool) -> Effect {
    let LockEffect::CheckPin { name, pin } = asked;
    Effect::CheckPin {
        name,
        pin,
        need: if approval {
            Role::Manager
        } else {
            Role::Cashier
        },
        approval,
    }
}
