//! Who approves a manager action from the shell. Once anyone is on the staff, the
//! operator (--operator NAME) must be a manager and give their PIN: asked on the
//! terminal, or read from standard input with --pin-stdin. A refusal is exit 9 and says
//! which it was; every wrong PIN is logged with the till, the name and the time, never
//! the PIN.

use std::io::{BufRead, IsTerminal};

use super::CliError;
use crate::i18n::Tr;
use crate::ledger::Ledger;
use crate::shared::{StaffStore, StaffStoreError};
use crate::staff::{self, Member, Pin, Refusal, Role};

/// Where PINs come from: the lines of standard input (--pin-stdin, or a new PIN when
/// stdin is not a terminal), else the terminal, asked without echo.
pub(crate) struct Pins {
    /// --pin-stdin: the approver's PIN is the first line of stdin.
    pub from_stdin: bool,
}

impl Pins {
    /// A line of standard input: `new` a new PIN's, else the approver's PIN.
    fn line(&self, new: bool, tr: &Tr) -> Result<String, CliError> {
        let mut line = String::new();
        let read = std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            CliError::in_words(CliError::Io, tr, |tr| {
                let error = e.to_string();
                if new {
                    t!(tr, "cli-stdin-new-pin-unread", error = error)
                } else {
                    t!(tr, "cli-stdin-pin-unread", error = error)
                }
            })
        })?;
        if read == 0 {
            return Err(CliError::in_words(CliError::Usage, tr, |tr| {
                if new {
                    t!(tr, "cli-stdin-ended-new-pin")
                } else {
                    t!(tr, "cli-stdin-ended-pin")
                }
            }));
        }
        Ok(line)
    }

    fn ask(prompt: &str, tr: &Tr) -> Result<String, CliError> {
        rpassword::prompt_password(prompt).map_err(|e| {
            CliError::in_words(CliError::Io, tr, |tr| {
                t!(tr, "cli-pin-not-asked", error = e.to_string())
            })
        })
    }

    /// The PIN `name` gives to approve something: read, or asked; refused (exit 9) when
    /// there is no way to get one.
    fn approver(&self, name: &str, tr: &Tr) -> Result<String, CliError> {
        if self.from_stdin {
            self.line(false, tr)
        } else if std::io::stdin().is_terminal() {
            Self::ask(&format!("{} ", t!(tr, "cli-pin-prompt", name = name)), tr)
        } else {
            Err(refused(&Refusal::NoPin, tr))
        }
    }

    /// A new PIN for `name`: one line of stdin when PINs come from there or it is not a
    /// terminal, else asked twice on the terminal.
    pub(crate) fn new_pin(&self, name: &str, tr: &Tr) -> Result<Pin, CliError> {
        let bad = |e: staff::PinError| {
            CliError::in_words(CliError::Usage, tr, |tr| {
                t!(tr, "cli-new-pin-refused", name = name, error = e.text(tr))
            })
        };
        if self.from_stdin || !std::io::stdin().is_terminal() {
            return Pin::parse(&self.line(true, tr)?).map_err(bad);
        }
        let asked = format!("{} ", t!(tr, "cli-new-pin-prompt", name = name));
        let first = Pin::parse(&Self::ask(&asked, tr)?).map_err(bad)?;
        let again = Self::ask(&format!("{} ", t!(tr, "cli-pin-again-prompt")), tr)?;
        if !staff::verify_same(&first, &again) {
            return Err(bad(staff::PinError::Mismatch));
        }
        Ok(first)
    }
}

/// A refusal, exit 9: said in `tr`'s language, in English for `--json` and the log.
pub(crate) fn refused(refusal: &Refusal, tr: &Tr) -> CliError {
    let said = t!(tr, "cli-error-refused", reason = refusal.text(tr));
    CliError::Refused(refusal.to_string()).said(said)
}

/// Why the staff list could not be read or changed, as a command error.
pub(crate) fn store_error(e: StaffStoreError) -> CliError {
    match e {
        StaffStoreError::Till(e) => CliError::Io(e.to_string()),
        StaffStoreError::Shop(e) => CliError::Shared(e),
    }
}

/// What an approval needs to know.
pub(crate) struct Gate<'a> {
    /// The staff list's home.
    pub store: StaffStore,
    /// The till's ledger, which keeps the wrong-PIN streaks.
    pub ledger: &'a Ledger,
    /// The till, for the log.
    pub till: &'a str,
    /// Who is asking (--operator, else the login name).
    pub operator: &'a str,
    /// The person's language, for the prompts and what is said.
    pub tr: &'a Tr,
}

/// Lets a manager action go ahead: with nobody on the staff, as before (`None`);
/// else when the operator is a manager whose PIN is right (`need` Cashier lets anyone
/// on the staff through, for a person changing their own PIN).
pub(crate) async fn approve(
    gate: &Gate<'_>,
    pins: &Pins,
    need: Role,
) -> Result<Option<Member>, CliError> {
    let list = gate.store.list().await.map_err(store_error)?;
    if list.is_empty() {
        return Ok(None);
    }
    let refuse = |r: Refusal| refused(&r, gate.tr);
    let name = staff::find(&list, gate.operator)
        .ok_or_else(|| refuse(Refusal::Unknown(gate.operator.to_string())))?
        .name
        .clone();
    let io = |e: std::io::Error| CliError::Io(e.to_string());
    let streak = gate.ledger.pin_streak(&name).map_err(io)?;
    // Not asked for a PIN that could not be taken anyway.
    if let Some(until) = streak.locked_until(jiff::Timestamp::now()) {
        return Err(refuse(Refusal::LockedOut { name, until }));
    }
    let typed = pins.approver(&name, gate.tr)?;
    let now = jiff::Timestamp::now();
    let attempt = staff::try_pin(&list, &name, &Pin::tried(&typed), streak, need, now);
    gate.ledger.note_pin(&name, attempt.streak).map_err(io)?;
    match attempt.outcome {
        Ok(member) => Ok(Some(member)),
        Err(refusal) => {
            // A wrong PIN is the only thing that changes a streak to one with failures.
            if attempt.streak.failures > 0 && attempt.streak != streak {
                tracing::warn!(till = gate.till, name = %name, at = %now, "wrong PIN");
            }
            if let Refusal::LockedOut { until, .. } = &refusal {
                tracing::warn!(till = gate.till, name = %name, until = %until, "locked out");
            }
            Err(refuse(refusal))
        }
    }
}
