# The books: X and Z reports, receipts and slips, on the terminal and the printer.
