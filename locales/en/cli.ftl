# The command line's words for people (not --json, not CSV), and doctor.

## Lines on stderr: `note: …`, `warning: …`.
cli-note = note: { $text }
cli-warning = warning: { $text }
cli-see-the-log = { $error } (see the log)
cli-demo-banner = DEMO: luxpay's embedded demo API; no real money moves.
cli-demo-server-banner = DEMO: a luxpay demo-server, not Luxfin; no real money moves.
cli-demo-short = DEMO API: no real money moves
cli-actions-ran = order { $order_id } is { $status }: its actions ran already on this till
cli-actions-unknown = cannot tell whether order { $order_id }'s actions ran already ({ $error }): running them
cli-unrecorded = could not record this in the ledger { $path } ({ $error }): keep this output
cli-no-times = cannot read the ledger for the times: { $error }
cli-recover-later = { $error }; `luxpay ledger recover` tries again
cli-not-shared-yet = not in the shop's shared ledger yet ({ $error }); it is kept here and sent by the next command or `luxpay ledger sync`
cli-resent = the shop's database is not the one this till last sent to (restored from a backup, or a new server): this till's whole ledger is sent to it again; what it has already is not doubled

## create: the sale's details, a label and its value a line.
cli-creating = Creating the payment link
cli-label-order = Order
cli-label-amount = Amount
cli-label-product = Product
cli-label-tip = Tip
cli-label-customer = Customer
cli-label-tendered = Tendered
cli-label-change = Change
cli-label-method = Method
cli-label-till = Till
cli-label-status = Status
cli-method-card = Card
cli-method-cash = Cash
cli-tip-on = { $tip } on { $subtotal }
cli-walk-in = walk-in ({ $customer })
cli-no-printer = not printed: no printer is set (printer in config.toml)
cli-not-printed = not printed: { $reason }
cli-printed-slip = printed the slip
cli-printed-receipt = printed the receipt
cli-printed-report = printed the report

## The books: shift, drawer, void, refund, report, verify.
cli-shift-opened-itself = no shift was open at till { $till }: one is opened with a float of { $float } (`luxpay drawer in --amount … --reason float` adds the drawer's cash to it)
cli-shift-opened = Shift opened at till { $till } with a float of { $float }.
cli-drawer-in = { $amount } put into the drawer at till { $till }.
cli-drawer-out = { $amount } taken out of the drawer at till { $till }.
cli-voided = Order { $order_id } voided. Luxfin cannot cancel the link: if the customer pays it even so, luxpay says PAID AFTER VOID.
cli-status-unrecorded = could not record the server's status of order { $order_id }: { $error }
cli-void-server-unasked = could not ask the server about order { $order_id } ({ $error }): going by what this till knows
cli-refunded-cash = Refunded { $amount } of order { $order_id } in cash, from the drawer.
cli-refunded-other = Refunded { $amount } of order { $order_id } another way (not from the drawer).
cli-no-shift-open = no shift is open at till { $till }: the next sale opens one
cli-shop-no-z = No Z reports were closed on { $date }.
cli-verify-intact = { $count ->
    [one] 1 Z report, chain intact
   *[other] { $count } Z reports, chain intact
}

## summary
cli-status-change-unrecorded = could not record a status change in the ledger: { $error }
cli-status-change-unshared = could not record a status change in the shop's ledger: { $error }

## status, and create --wait: the status as it changes, on stderr.
cli-status-final-kept = the server now says { $server }; the ledger recorded { $known }, which is final
cli-wait-recorded-already = { $status } (recorded already)
cli-wait-recorded = { $status } (recorded)
cli-wait-retrying = status unknown, retrying in { $secs } s: { $error }

## staff
cli-staff-added = { $name } added as { $role }.
cli-staff-none = No staff: anyone at the till may do anything (`luxpay staff add NAME --role manager` starts a list).
cli-staff-removed = { $name } removed from the staff.
cli-staff-pin-changed = The PIN of { $name } is changed.
cli-role-manager = manager
cli-role-cashier = cashier
# Prompts: a space follows them.
cli-pin-prompt = { $name }'s PIN:
cli-new-pin-prompt = New PIN for { $name } (4 to 8 digits):
cli-pin-again-prompt = The same PIN again:

## summary: the day, summed up.
summary-title = Summary for { $date } ({ $count ->
    [one] 1 payment
   *[other] { $count } payments
} in the ledger)
summary-by-status = By status
summary-by-method = By method
summary-by-till = By till
summary-by-operator = By operator
summary-tips = Tips (within the totals above)
summary-none = (none)
summary-unchecked = { $count ->
    [one] 1 open payment could not be checked with the server: counted as the ledger knows it.
   *[other] { $count } open payments could not be checked with the server: counted as the ledger knows them.
}
summary-not-reconciled = Not reconciled: the server's history could not be read.
summary-server-totals = The server's totals: { $totals }
summary-totals-none = none
summary-server-sum-mixed = the server's own sum, { $sum }, adds different currencies together
summary-reconciled = Reconciled with the server: no differences.
summary-differences = Differences with the server ({ $count }):

## list, history, test-webhook
cli-list-empty = No payments at offset { $offset }.
cli-history-line = { $count ->
    [one] 1 payment
   *[other] { $count } payments
} from { $from } to { $to }; totals: { $totals }
cli-test-webhook = Test webhook requested: { $said }
