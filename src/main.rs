//! The luxpay command: everything is in the library (`luxpay::cli::main`).

fn main() -> std::process::ExitCode {
    luxpay::cli::main()
}
