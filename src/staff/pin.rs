//! A PIN and its hash. A PIN is 4 to 8 digits; it is held as a secret (never shown by
//! `Debug`) and kept at rest only as an Argon2id PHC string, salt included.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2};
use secrecy::{ExposeSecret, SecretString};

/// A PIN as typed: 4 to 8 digits. Cloned and compared only as the app's effects are
/// (a PIN check is one), never shown.
#[derive(Clone)]
pub struct Pin(SecretString);

impl PartialEq for Pin {
    fn eq(&self, other: &Pin) -> bool {
        self.bytes() == other.bytes()
    }
}

/// Why a PIN was not taken; never says the PIN itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    /// Not 4 to 8 digits.
    #[error("a PIN is 4 to 8 digits (0-9), nothing else")]
    Shape,
    /// The two entries differ.
    #[error("the two PINs differ")]
    Mismatch,
}

impl PinError {
    /// What is wrong, in `tr`'s language (`Display` is the English).
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            PinError::Shape => t!(tr, "staff-pin-shape"),
            PinError::Mismatch => t!(tr, "staff-pin-mismatch"),
        }
    }
}

impl Pin {
    /// Takes a PIN as typed, surrounding blanks (a line's end) left out.
    pub fn parse(text: &str) -> Result<Pin, PinError> {
        let text = text.trim();
        if !(4..=8).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PinError::Shape);
        }
        Ok(Pin(SecretString::from(text.to_string())))
    }

    /// A PIN as someone tried it, whatever its shape: one that is not 4 to 8 digits
    /// matches no hash, and counts as wrong like any other.
    pub fn tried(text: &str) -> Pin {
        Pin(SecretString::from(text.trim().to_string()))
    }

    fn bytes(&self) -> &[u8] {
        self.0.expose_secret().as_bytes()
    }
}

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(…)")
    }
}

/// The PIN's Argon2id hash with a new random salt, as a PHC string, at the crate's
/// recommended parameters.
pub fn hash_pin(pin: &Pin) -> Result<String, String> {
    Argon2::default()
        .hash_password(pin.bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the PIN: {e}"))
}

/// Whether `pin` is the one `hash` was made from. Only Argon2id hashes are taken: a row
/// changed to a weaker algorithm does not let a PIN through.
pub fn verify_pin(pin: &Pin, hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    if parsed.algorithm != Algorithm::Argon2id.ident() {
        return false;
    }
    Argon2::default()
        .verify_password(pin.bytes(), &parsed)
        .is_ok()
}

/// Whether `again` is the PIN `first` is (the second time a new PIN is asked).
pub fn verify_same(first: &Pin, again: &str) -> bool {
    first.bytes() == again.trim().as_bytes()
}
