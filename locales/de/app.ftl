# What the app says as it works: notices, the status line, questions, the form's checks.
