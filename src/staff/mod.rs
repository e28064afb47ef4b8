//! Who may do what at a shared till: staff members with a role and a PIN. A PIN is kept
//! only as an Argon2id hash with its salt (`pin.rs`); five wrong PINs in a row lock a
//! name out for a while (`lockout.rs`). The list lives in the till's ledger or, with a
//! shared ledger, in the shop's (`shared::StaffStore`); this module reads no store.

mod check;
mod lockout;
mod pin;

pub use check::{Attempt, try_pin};
pub use lockout::{LOCK_FOR, MAX_FAILURES, Streak};
pub use pin::{Pin, PinError, hash_pin, verify_pin, verify_same};

/// What a person may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Role {
    /// Sells (links and cash) and prints.
    Cashier,
    /// Also voids, refunds, moves cash, closes the shift, exports and changes staff.
    Manager,
}

impl Role {
    /// The word stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Cashier => "cashier",
            Role::Manager => "manager",
        }
    }

    /// The role a stored word names.
    pub fn from_word(word: &str) -> Option<Role> {
        [Role::Cashier, Role::Manager]
            .into_iter()
            .find(|r| r.as_str() == word)
    }
}

/// Someone who may open the till: a name and a role, never the hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Their name, the operator of what they do.
    pub name: String,
    /// What they may do.
    pub role: Role,
}

/// One person on the staff, as stored: the PIN only as its hash.
#[derive(Clone, PartialEq, Eq)]
pub struct Member {
    /// The name they are known by, recorded as the operator of what they do.
    pub name: String,
    /// What they may do.
    pub role: Role,
    /// The PHC string of their PIN's Argon2id hash (algorithm, parameters, salt, hash).
    pub pin_hash: String,
}

// The hash is not a secret in the way a PIN is, but it has no business in a log either.
impl std::fmt::Debug for Member {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Member")
            .field("name", &self.name)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// Finds a member by name; names are compared without regard to case, as people type.
pub fn find<'a>(staff: &'a [Member], name: &str) -> Option<&'a Member> {
    staff.iter().find(|m| m.name.eq_ignore_ascii_case(name))
}

/// Why a change to the staff is refused, whatever the store.
pub fn check_change(staff: &[Member], change: &Change) -> Result<(), String> {
    match change {
        Change::Add(member) => {
            if staff.is_empty() && member.role != Role::Manager {
                return Err(format!(
                    "the first person added must be a manager (--role manager): {} would be a \
                     cashier with nobody to approve anything",
                    member.name
                ));
            }
            if find(staff, &member.name).is_some() {
                return Err(format!("{} is on the staff already", member.name));
            }
            Ok(())
        }
        Change::Remove(name) => {
            let Some(gone) = find(staff, name) else {
                return Err(format!("{name} is not on the staff"));
            };
            let managers = staff.iter().filter(|m| m.role == Role::Manager).count();
            if gone.role == Role::Manager && managers == 1 && staff.len() > 1 {
                return Err(format!(
                    "{} is the last manager: add another manager first, or remove the others \
                     first",
                    gone.name
                ));
            }
            Ok(())
        }
        Change::Pin(name, _) => match find(staff, name) {
            Some(_) => Ok(()),
            None => Err(format!("{name} is not on the staff")),
        },
    }
}

/// A change to the staff list.
#[derive(Debug, Clone)]
pub enum Change {
    /// A new person.
    Add(Member),
    /// Someone gone, by name.
    Remove(String),
    /// Someone's new PIN hash, by name.
    Pin(String, String),
}

/// Why a PIN was not accepted for a manager action; each says which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No such person.
    Unknown(String),
    /// The PIN was wrong: how many tries are left before the lock-out.
    WrongPin {
        /// Whose PIN.
        name: String,
        /// Wrong PINs left before the lock-out.
        left: u32,
    },
    /// The person is a cashier.
    NotManager(String),
    /// Too many wrong PINs: locked until then.
    LockedOut {
        /// Whose name.
        name: String,
        /// When a PIN may be tried again.
        until: jiff::Timestamp,
    },
    /// No terminal to ask on, and no `--pin-stdin`.
    NoPin,
}

impl Refusal {
    /// Which refusal it was, and what to do, in `tr`'s language: on the PIN screen and
    /// on the command line's stderr.
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            Refusal::Unknown(name) => t!(tr, "staff-unknown", name = name),
            Refusal::WrongPin { name, left } => {
                t!(tr, "staff-wrong-pin", name = name, left = *left)
            }
            Refusal::NotManager(name) => t!(tr, "staff-not-manager", name = name),
            Refusal::LockedOut { name, until } => {
                // English keeps the seconds it always gave; the others, their own form.
                let at = jiff::tz::TimeZone::UTC.to_datetime(*until);
                let until = if tr.lang() == crate::i18n::Lang::En {
                    at.strftime("%Y-%m-%d %H:%M:%S").to_string()
                } else {
                    tr.date_time(at)
                };
                t!(
                    tr,
                    "staff-locked-out",
                    name = name,
                    failures = MAX_FAILURES,
                    until = until
                )
            }
            Refusal::NoPin => t!(tr, "staff-no-pin"),
        }
    }
}

/// In English, as the log and `--json` say it.
impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&crate::i18n::Tr::plain()))
    }
}

#[cfg(test)]
mod tests;
