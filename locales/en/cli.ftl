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

## Errors: the line people read on stderr (`--json` keeps the English).
cli-error = error: { $text }
cli-cannot-start = cannot start: { $error }
cli-error-create-uncertain =
    { $error }
    the payment may have been created even so: check `luxpay list` before trying again
cli-error-amount-changed = Luxfin made this link for { $made }, not { $asked }: do not show it to the customer. It is order { $order_id } ({ $order_url }), recorded in the ledger as made for another amount
cli-error-shared = the shared ledger: { $error }
cli-error-closed-pipe = the output was closed
cli-error-tampered = the chain of Z reports is broken: { $broken }
cli-error-refused = refused: { $reason }
# English tip messages start with the word tip: `--` makes it the option.
cli-tip-refused = --{ $error }
cli-bad-amount = { $option } { $typed }: { $error }
cli-tendered-short = --tendered { $given } is less than the total { $total }: take at least the total

## The books' refusals and the shop's Z reports.
cli-reason-empty = --reason is empty: say why, in a few words (it is kept with the event)
cli-no-z-yet = till { $till } has no Z report yet: `luxpay close --counted …` writes one
cli-no-z = till { $till } has no Z report { $number }
cli-nothing-to-close = no shift is open at till { $till }: nothing to close
cli-shop-z-line = { $till } Z { $number } gross { $gross } drawer { $difference } { $currency }
cli-shop-z-sum = { $count ->
    [one] The 1 Z report of { $date }:
   *[other] Sum of { $count } Z reports on { $date }:
}
cli-shop-z-totals = { $currency }: { $sales ->
    [one] 1 sale
   *[other] { $sales } sales
}, gross { $gross }, tips { $tips }, voids { $voids } ({ $voided }), refunds { $refunds } ({ $refunded }), net { $net }
cli-shop-z-drawers = drawers ({ $currency }): expected { $expected }, counted { $counted }, difference { $difference }

## Sending this till's backlog to the shop's ledger: a line redrawn on stderr.
cli-backlog-now = this till's backlog
cli-backlog-first = first, this till's backlog
cli-backlog-progress = Sending to the shop's ledger ({ $what }): { $payments } of { $payments_waiting } payments, { $events } of { $events_waiting } status events, { $books } of { $books_waiting } book events

## Staff and PINs on the command line.
cli-stdin-pin-unread = cannot read the PIN from standard input: { $error }
cli-stdin-new-pin-unread = cannot read the new PIN from standard input: { $error }
cli-stdin-ended-pin = standard input ended before the PIN was given
cli-stdin-ended-new-pin = standard input ended before the new PIN was given
cli-pin-not-asked = cannot ask for the PIN on the terminal: { $error }
cli-new-pin-refused = the new PIN for { $name }: { $error }
cli-staff-bad-name = the name { $name } cannot be used: give 1 to { $max } printable characters
cli-staff-first-manager = the first person added must be a manager (--role manager): { $name } would be a cashier with nobody to approve anything
cli-staff-nobody = nobody is on the staff: `luxpay staff add NAME --role manager` first

## ledger import, check, recover, sync
cli-ledger-io = the ledger { $path }: { $error }
cli-importing = Importing { $file }…
cli-imported = Imported { $payments ->
    [one] 1 payment
   *[other] { $payments } payments
} and { $events ->
    [one] 1 status event
   *[other] { $events } status events
} from { $file } into { $ledger }
cli-imported-skipped = { $count ->
    [one] 1 unreadable line skipped
   *[other] { $count } unreadable lines skipped
}, every other record is intact
cli-check-ledger = ledger
cli-check-integrity = integrity
cli-check-payments = payments
cli-check-status-events = status events
cli-check-open-intents = open intents
cli-check-schema = schema
cli-check-size = size
cli-check-ok = ok
cli-check-damaged = DAMAGED
cli-ledger-damaged = the ledger { $path } is damaged: keep a copy, and recover it with `sqlite3 { $path } .recover | sqlite3 recovered.db`
cli-nothing-to-recover = No sale was left in flight: nothing to recover
cli-no-shared-ledger = no shared ledger: set ledger_url in { $config } (or --ledger-url, LUXPAY_LEDGER_URL) to a postgres:// URL
cli-synced = Sent { $payments ->
    [one] 1 payment
   *[other] { $payments } payments
}, { $events ->
    [one] 1 status event
   *[other] { $events } status events
} and { $books ->
    [one] 1 book event or Z report
   *[other] { $books } book events or Z reports
} to the shared ledger ({ $shared }, { $encrypted ->
    [yes] encrypted
   *[no] not encrypted
}); { $waiting } wait
cli-sync-conflicts = { $count ->
    [one] 1 sale of till { $till } has an order id
   *[other] { $count } sales of till { $till } have an order id
} the shared ledger holds for another sale: they are kept apart (table luxpay_conflicts), not counted as the other. Two tills on two demo APIs do this: share one `luxpay demo-server`.

## export, summary, list, history, webhook
cli-shop-needs-ledger = --shop needs the shop's shared ledger: set ledger_url in { $config } (or --ledger-url, LUXPAY_LEDGER_URL)
cli-latest-not-sent = this till's latest sales could not be sent first: { $error }
cli-from-after-to = --from { $from } is after --to { $to }: give the earlier day first
cli-from-and-to = give both --from and --to, or neither
cli-export-stopped = stopped after { $count } orders; give --from and --to for a range
cli-cannot-write = cannot write { $path }: { $error }
cli-file-exists = { $path } exists already: choose another name, or delete it first
cli-wrote-stdout = wrote { $count ->
    [one] 1 payment
   *[other] { $count } payments
} to stdout
cli-wrote-file = wrote { $count ->
    [one] 1 payment
   *[other] { $count } payments
} to { $path }
cli-shop-not-asked = the shop's ledger was not asked ({ $error })
cli-summary-whole-shop = The whole shop, every till, from the shared ledger
cli-summary-no-key = no API key: only the local ledger was summed up
cli-other-tills-unknown = orders on the server but not here could not be looked up in the shop's ledger ({ $error }): they are listed as differences
cli-summary-checking = checking open payments with the server
# The columns of `list` and `history`.
cli-column-when = WHEN
cli-column-id = ID
cli-column-status = STATUS
cli-column-amount = AMOUNT
cli-column-customer = CUSTOMER
cli-column-product = PRODUCT
cli-no-api-secret = no API secret to check webhook signatures with: pass --api-secret-file PATH, set LUXFIN_API_SECRET, or add api_secret to { $config }
cli-webhook-receiving = luxpay: receiving webhooks on { $url } (SIGTERM or Ctrl+C stops)

## doctor: a label and its value a row; the labels line up.
doctor-title = luxpay { $version } doctor
doctor-title-demo = luxpay { $version } doctor (DEMO API)
doctor-configuration = Configuration
doctor-config-file = config file
doctor-config-not-found = not found: defaults in use
doctor-data-dir = data dir
doctor-logs = logs
doctor-logs-kept = { $dir } (luxpay.DATE.log, 7 days kept)
doctor-ledger = ledger
doctor-ledger-stats = { $path } ({ $payments ->
    [one] 1 payment
   *[other] { $payments } payments
}, { $size }, schema { $schema }{ $in_flight })
doctor-in-flight = { $count ->
    [one] 1 sale in flight
   *[other] { $count } sales in flight
}: run `luxpay ledger recover`
doctor-ledger-unread = { $path } (cannot be read: { $error })
doctor-till = till
doctor-till-operator = { $till } (operator { $operator })
doctor-shared-ledger = shared ledger
doctor-backlog = { $payments ->
    [one] 1 payment
   *[other] { $payments } payments
} and { $events ->
    [one] 1 status event
   *[other] { $events } status events
} to send, last sent { $last }
doctor-never = never
doctor-backlog-unknown = backlog unknown
doctor-reached = reached: schema { $schema }, { $encrypted }, database { $identity }
doctor-over-tls = over TLS
doctor-not-encrypted = not encrypted
doctor-conflicts = { $count ->
    [one] 1 sale of this till conflicts
   *[other] { $count } sales of this till conflict
} with another sale's order id (table luxpay_conflicts)
doctor-unreached = cannot be reached: { $error }
doctor-printer = printer
doctor-mirror-socket = mirror socket
doctor-base-url = base URL
doctor-api-key = API key
doctor-timeout = timeout
doctor-seconds = { $seconds } s
doctor-warning = warning
doctor-api = API
doctor-api-ok = ok: the key was accepted (GET /payments answered)
doctor-not-checked = not checked: { $error }
doctor-failed = FAILED: { $error }
doctor-terminal = Terminal
doctor-term = TERM
doctor-not-set = not set
doctor-colours = colours
doctor-size = size
doctor-size-unknown = unknown (not a terminal)
doctor-ssh = SSH
doctor-tmux = tmux
doctor-screen = GNU screen
doctor-display = display
doctor-copy-goes-to = copy goes to
doctor-yes = yes
doctor-no = no
doctor-sample-not-drawn = Sample QR code: not drawn, stdout is not a terminal
doctor-sample = Sample QR code: scan it with a phone; it should read { $sample }
doctor-sample-failed = cannot draw it: { $error }
cli-mirror-needs-terminal = luxpay mirror draws on a terminal: run it in the terminal the customer sees
cli-demo-with-shared-ledger = --demo with a shared ledger (ledger_url): every embedded demo API numbers its orders from 1, so two tills would make the same order ids. Start one `luxpay demo-server` and point every till at it with --base-url instead
cli-demo-not-started = cannot start the demo API: { $error }
cli-cannot-listen = cannot listen on { $addr }: { $error }
cli-cash-unrecorded = the cash sale was not recorded: { $error }

## doctor: the terminal's colours, where a copy goes, the printer
termenv-colours-none = none (NO_COLOR is set; QR codes keep black on white)
termenv-colours-24bit = 24-bit
termenv-colours-256 = 256
termenv-colours-unknown = unknown (TERM is not set or dumb)
termenv-colours-16 = 16 or more (TERM does not say 256color)
clipboard-route-system = system clipboard (falls back to OSC 52 if it is not reachable)
clipboard-route-osc52 = terminal clipboard via OSC 52 (inside tmux, needs `set -g set-clipboard on`)
clipboard-route-osc52-tmux = terminal clipboard via OSC 52 in tmux passthrough
clipboard-route-osc52-screen = terminal clipboard via OSC 52 through GNU screen
clipboard-route-off = off (clipboard = "off")
doctor-printer-native-qr = native QR
doctor-printer-raster-qr = raster QR
doctor-printer-line = { $target } ({ $width } mm, { $qr }, { $codepage } text{ $on_paid ->
    [yes] , receipt on paid
   *[no] {""}
})
