//! luxpay: turn a sale into a payment link a customer can scan.
//!
//! The library holds everything; `main.rs` only calls [`cli::main`], so tests can drive
//! every part directly.

// Unit tests share fixtures with the integration tests, which call the crate `luxpay`.
#[cfg(test)]
extern crate self as luxpay;

pub mod api;
pub mod app;
pub mod cli;
pub mod clipboard;
pub mod config;
pub mod demo;
pub mod effects;
pub mod export;
pub mod lean_backend;
pub mod ledger;
pub mod logging;
pub mod money;
pub mod msg;
pub mod payment;
pub mod poll;
pub mod qr;
pub mod sale;
pub mod sanitize;
pub mod signals;
pub mod summary;
pub mod termenv;
pub mod text;
pub mod tui;
pub mod ui;
