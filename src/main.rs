fn main() -> std::process::ExitCode {
    luxpay::cli::main()
}
