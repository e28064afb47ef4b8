//! luxpay: turn a sale into a payment link a customer can scan.
//!
//! The library holds everything; `main.rs` only calls [`cli::main`]. Its API is internal:
//! it is public only so that the tests, benchmarks and examples of this repository can
//! drive the parts directly, and it may change in any release.
//!
//! What carries the configuration, from the outside in (each is made from the one
//! before it, and holds only what its user needs):
//! - `config::Settings`: everything resolved once, flag > environment > file > default,
//!   secrets included; the one place a setting is read.
//! - `cli::Launch`: what a command was launched with: the settings, and the embedded
//!   demo API when `--demo` runs one (it lives as long as the command).
//! - `cli::ApiCtx`: what the commands that talk to the API share: the client, this
//!   API's ledger, the `Seller` (till and operator), the shared ledger's URL, the hooks.
//! - `effects::EffectsSetup`: what the app's effects runner works with: the same, for the
//!   TUI, plus the printer and the mirror.
//! - `app::AppConfig`: what the pure `App` may know: no secret, no handle on the world.

// Unit tests share fixtures with the integration tests, which call the crate `luxpay`.
#[cfg(test)]
extern crate self as luxpay;

// Decoders of images as terminals and printers draw them, shared with the integration
// tests: the unit tests of `graphics` and `printer` read their codes back with them.
#[cfg(test)]
#[path = "../tests/common/images.rs"]
mod test_images;

// First, so that its `t!` is known to every module below.
#[macro_use]
pub mod i18n;
pub mod api;
pub mod app;
pub mod books;
pub mod catalogue;
pub mod cli;
pub(crate) mod clipboard;
pub(crate) mod config;
pub mod demo;
pub(crate) mod effects;
pub(crate) mod export;
pub(crate) mod graphics;
pub mod hooks;
pub(crate) mod lean_backend;
pub mod ledger;
pub(crate) mod logging;
pub mod mirror;
pub mod money;
pub mod msg;
pub mod payment;
pub(crate) mod poll;
pub(crate) mod printer;
pub mod qr;
pub mod sale;
pub(crate) mod sanitize;
pub(crate) mod screen;
pub mod shared;
pub(crate) mod signals;
pub mod staff;
pub(crate) mod summary;
pub(crate) mod termenv;
pub(crate) mod text;
pub(crate) mod tip;
pub mod tui;
pub mod ui;
pub mod webhook;
