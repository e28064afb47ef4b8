//! `luxpay staff add|list|remove|pin`: the people who share the till. The first person
//! added needs no approval and must be a manager; every change after that needs one.

use super::approve::{Gate, Pins, approve, refused, store_error};
use super::out::outln;
use super::{CliError, StaffAddArgs, StaffCommand, StaffListArgs, StaffNameArgs};
use crate::staff::{self, Change, Member, Refusal, Role};

/// Longest name: it has to fit a column and a receipt line, as an operator's does.
const NAME_MAX: usize = 32;

/// Runs one `staff` command.
pub(super) async fn run(
    command: StaffCommand,
    gate: &Gate<'_>,
    pins: &Pins,
) -> Result<u8, CliError> {
    match command {
        StaffCommand::Add(args) => add(gate, pins, &args).await,
        StaffCommand::List(args) => list(gate, &args).await,
        StaffCommand::Remove(args) => remove(gate, pins, &args).await,
        StaffCommand::Pin(args) => pin(gate, pins, &args).await,
    }
}

/// A name as given, checked: one line of printable text, as an operator's name.
fn checked_name(name: &str, tr: &crate::i18n::Tr) -> Result<String, CliError> {
    let clean = crate::sanitize::line(name.trim());
    if clean.is_empty() || clean != name.trim() || clean.chars().count() > NAME_MAX {
        return Err(CliError::in_words(CliError::Usage, tr, |tr| {
            t!(
                tr,
                "cli-staff-bad-name",
                name = format!("{name:?}"),
                max = NAME_MAX
            )
        }));
    }
    Ok(clean.to_string())
}

async fn change(gate: &Gate<'_>, change: &Change) -> Result<(), CliError> {
    gate.store
        .change(change, jiff::Timestamp::now())
        .await
        .map_err(store_error)?
        .map_err(CliError::Usage)
}

async fn add(gate: &Gate<'_>, pins: &Pins, args: &StaffAddArgs) -> Result<u8, CliError> {
    let name = checked_name(&args.name, gate.tr)?;
    let approver = approve(gate, pins, Role::Manager).await?;
    if approver.is_none() && args.role != Role::Manager {
        return Err(CliError::in_words(CliError::Usage, gate.tr, |tr| {
            t!(tr, "cli-staff-first-manager", name = name.as_str())
        }));
    }
    let pin = pins.new_pin(&name, gate.tr)?;
    let pin_hash = staff::hash_pin(&pin).map_err(CliError::Io)?;
    let role = args.role;
    change(
        gate,
        &Change::Add(Member {
            name: name.clone(),
            role,
            pin_hash,
        }),
    )
    .await?;
    tracing::info!(till = gate.till, name = %name, role = role.as_str(), by = ?approver.map(|m| m.name), "staff added");
    let role_word = role_word(gate.tr, role);
    outln!(
        "{}",
        t!(
            gate.tr,
            "cli-staff-added",
            name = name.as_str(),
            role = role_word
        )
    );
    Ok(0)
}

async fn list(gate: &Gate<'_>, args: &StaffListArgs) -> Result<u8, CliError> {
    let list = gate.store.list().await.map_err(store_error)?;
    if args.json {
        let people: Vec<_> = list
            .iter()
            .map(|m| serde_json::json!({ "name": m.name, "role": m.role.as_str() }))
            .collect();
        outln!("{}", serde_json::Value::from(people));
    } else if list.is_empty() {
        outln!("{}", t!(gate.tr, "cli-staff-none"));
    } else {
        let width = list
            .iter()
            .map(|m| m.name.chars().count())
            .max()
            .unwrap_or(0);
        for m in &list {
            outln!("{:width$}  {}", m.name, role_word(gate.tr, m.role));
        }
    }
    Ok(0)
}

async fn remove(gate: &Gate<'_>, pins: &Pins, args: &StaffNameArgs) -> Result<u8, CliError> {
    let approver = approve(gate, pins, Role::Manager).await?;
    change(gate, &Change::Remove(args.name.clone())).await?;
    tracing::info!(till = gate.till, name = %args.name, by = ?approver.map(|m| m.name), "staff removed");
    outln!(
        "{}",
        t!(gate.tr, "cli-staff-removed", name = args.name.as_str())
    );
    Ok(0)
}

/// A manager changes anyone's PIN; anyone on the staff changes their own.
async fn pin(gate: &Gate<'_>, pins: &Pins, args: &StaffNameArgs) -> Result<u8, CliError> {
    let Some(approver) = approve(gate, pins, Role::Cashier).await? else {
        return Err(CliError::in_words(CliError::Usage, gate.tr, |tr| {
            t!(tr, "cli-staff-nobody")
        }));
    };
    let own = approver.name.eq_ignore_ascii_case(&args.name);
    if approver.role != Role::Manager && !own {
        return Err(refused(&Refusal::NotManager(approver.name), gate.tr));
    }
    let pin = pins.new_pin(&args.name, gate.tr)?;
    let hash = staff::hash_pin(&pin).map_err(CliError::Io)?;
    change(gate, &Change::Pin(args.name.clone(), hash)).await?;
    tracing::info!(till = gate.till, name = %args.name, by = %approver.name, "PIN changed");
    outln!(
        "{}",
        t!(gate.tr, "cli-staff-pin-changed", name = args.name.as_str())
    );
    Ok(0)
}

/// A role as a person reads it (the `--role` word stays English).
fn role_word(tr: &crate::i18n::Tr, role: Role) -> String {
    match role {
        Role::Manager => t!(tr, "cli-role-manager"),
        Role::Cashier => t!(tr, "cli-role-cashier"),
    }
}
