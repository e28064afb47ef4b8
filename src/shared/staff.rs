//! The shop's staff list in the shared ledger (`luxpay_staff`). A change is checked
//! against the list under an advisory lock, in the transaction that writes it, so two
//! tills changing the staff at once cannot both pass the same check.

use super::{Shared, db};
use crate::staff::{Change, Member, Role, check_change};

/// The advisory lock staff changes take (the schema's is 7202611).
const STAFF_LOCK: i64 = 7_202_612;

fn member_of(r: &tokio_postgres::Row) -> Member {
    let role: String = r.get(1);
    Member {
        name: r.get(0),
        role: Role::from_word(&role).unwrap_or(Role::Cashier),
        pin_hash: r.get(2),
    }
}

impl Shared {
    /// The shop's staff, by name.
    pub async fn staff(&self) -> Result<Vec<Member>, String> {
        let rows = self
            .client
            .query(
                "SELECT name, role, pin_hash FROM luxpay_staff ORDER BY lower(name)",
                &[],
            )
            .await
            .map_err(db)?;
        Ok(rows.iter().map(member_of).collect())
    }

    /// Makes `change` unless the list refuses it (the refusal, in words).
    pub async fn change_staff(
        &mut self,
        change: &Change,
        at: jiff::Timestamp,
    ) -> Result<Result<(), String>, String> {
        let tx = self.client.transaction().await.map_err(db)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&STAFF_LOCK])
            .await
            .map_err(db)?;
        let rows = tx
            .query("SELECT name, role, pin_hash FROM luxpay_staff", &[])
            .await
            .map_err(db)?;
        let staff: Vec<Member> = rows.iter().map(member_of).collect();
        if let Err(refused) = check_change(&staff, change) {
            return Ok(Err(refused));
        }
        match change {
            Change::Add(m) => {
                let added = crate::ledger::stamp(at);
                tx.execute(
                    "INSERT INTO luxpay_staff (name, role, pin_hash, added_at) \
                     VALUES ($1, $2, $3, $4)",
                    &[&m.name, &m.role.as_str(), &m.pin_hash, &added],
                )
                .await
            }
            Change::Remove(name) => {
                tx.execute(
                    "DELETE FROM luxpay_staff WHERE lower(name) = lower($1)",
                    &[name],
                )
                .await
            }
            Change::Pin(name, hash) => {
                tx.execute(
                    "UPDATE luxpay_staff SET pin_hash = $2 WHERE lower(name) = lower($1)",
                    &[name, hash],
                )
                .await
            }
        }
        .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(Ok(()))
    }
}
