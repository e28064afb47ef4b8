# The app's screens: the form, the payment pane, dialogs, the help and the history views.

## The key tables (src/app/keymap): where keys work, then the words of the help overlay
## (keys-*) and of the hint bar (hint-*).

keys-in-anywhere = Anywhere
keys-in-form = Form
keys-in-payment = Payment
keys-in-history = History
keys-in-cart-on-the-amount-line = Cart (on the amount line)
keys-in-tip = Tip
keys-in-questions = Questions
keys-in-books-amount-reason = Books (amount, reason)
keys-in-z-report-paid-after-void = Z report, PAID AFTER VOID
keys-in-catalogue-picker = Catalogue picker
keys-in-custom-tip = Custom tip
keys-in-present-mode = Present mode
keys-in-history-filter = History filter
keys-in-history-dates = History dates
keys-in-help = Help

keys-help-not-in-fields = help (? not in fields)
keys-history-and-back = history, and back
keys-lock-the-till-pin = lock the till (PIN)
keys-quit = quit
keys-suspend-fg-resumes = suspend (fg resumes)
keys-close-help = close help
keys-scroll-where-it-does-not-fit = scroll, where it does not fit
keys-next-field = next field
keys-previous-field = previous field
keys-create-the-link = create the link
keys-method-currency = method, currency
keys-edit-the-field = edit the field
keys-stop-waiting-or-go-back = stop waiting / go back
keys-add-a-catalogue-item = add a catalogue item
keys-catalogue-picker = catalogue picker
keys-cash-for-this-sale = cash for this sale
keys-one-more-of-the-line = one more of the line
keys-one-fewer-0-out = one fewer (0: out)
keys-select-a-line-of-the-cart = select a line of the cart
keys-empty-the-cart = empty the cart
keys-add-one = add one
keys-select = select
keys-close = close
keys-that-preset = that preset
keys-no-tip = no tip
keys-another-amount-or-percent = another amount or percent
keys-back-send-nothing = back, send nothing
keys-use-it = use it
keys-back-to-the-presets = back to the presets
keys-go-back-send-nothing = go back, send nothing
keys-copy-the-link = copy the link
keys-present-mode-on-or-off = present mode on / off
keys-new-payment = new payment
keys-new-link-if-expired = new link if expired
keys-check-status-now = check status now
keys-print-slip-or-receipt = print slip / receipt
keys-void-a-pending-link = void a pending link
keys-refund-money-back = refund (money back)
keys-back-to-the-form = back to the form
keys-back-to-the-payment = back to the payment
keys-fresh-link-if-expired = fresh link if expired
keys-next-view = next view
keys-prev-view = previous view
keys-a-page-up-or-down = a page up / down
keys-first-or-last = first / last
keys-show-its-qr-code = show its QR code
keys-copy-its-link = copy its link
keys-recheck-or-reload = recheck / reload
keys-filter-all-local = filter (All local)
keys-page-server = page (Server)
keys-page-server-or-print = page (Server) / print
keys-dates-server = dates (Server)
keys-day-summary = day (Summary)
keys-export-the-view-csv = export the view (CSV)
keys-open-shift-summary = open shift (Summary)
keys-cash-in-summary = cash in (Summary)
keys-cash-out-summary = cash out (Summary)
keys-close-shift-z-summary = close shift, Z (Summary)
keys-back = back
keys-next-or-done = next / done
keys-amount-or-reason = amount / reason
keys-cash-or-other = cash / other
keys-cancel-write-nothing = cancel, write nothing
keys-close-it = close it
keys-scroll = scroll
keys-print-the-z = print the Z
keys-apply-the-filter = apply the filter
keys-clear-the-filter = clear the filter
keys-load-the-range = load the range
keys-from-or-to = from / to
keys-cancel = cancel

hint-help = help
hint-history = history
hint-lock = lock
hint-quit = quit
hint-suspend = suspend
hint-close-help = close help
hint-scroll = scroll
hint-next-field = next field
hint-previous-field = previous field
hint-create = create
hint-change = change
hint-edit = edit
hint-stop-waiting = stop waiting
hint-add-item = add item
hint-catalogue = catalogue
hint-cash = cash
hint-more-or-fewer = more / fewer
hint-fewer = fewer
hint-line = line
hint-empty-cart = empty cart
hint-add-one = add one
hint-select = select
hint-close = close
hint-preset = preset
hint-no-tip = no tip
hint-custom = custom
hint-back = back
hint-use-it = use it
hint-create-the-link = create the link
hint-go-back-send-nothing = go back, send nothing
hint-copy = copy
hint-present = present
hint-new = new
hint-fresh-link = fresh link
hint-recheck = recheck
hint-print = print
hint-void = void
hint-refund = refund
hint-copy-link = copy link
hint-new-payment = new payment
hint-next-view = next view
hint-prev-view = previous view
hint-page = page
hint-first = first
hint-last = last
hint-show = show
hint-filter = filter
hint-dates = dates
hint-day = day
hint-export = export
hint-open-shift = open shift
hint-cash-in-or-out = cash in / out
hint-cash-out = cash out
hint-close-shift = close shift
hint-done = done
hint-field = field
hint-tender = tender
hint-cancel = cancel
hint-apply-filter = apply filter
hint-clear-filter = clear filter
hint-load = load
hint-from-or-to = from / to
hint-reload = reload

## The title bar, the status line, a window too small (src/ui/mod.rs).

ui-tab-form = Form
ui-tab-payment = Payment
ui-tab-history = History
ui-locked = locked
ui-offline-long = OFFLINE: Luxfin does not answer; cash goes on (^T)
ui-offline-short = OFFLINE: cash goes on (^T)
ui-offline = OFFLINE
ui-demo-long = DEMO API: no real money moves
ui-demo-short = DEMO: no real money
ui-demo = DEMO
ui-approval-title = A manager's PIN: { $what }
ui-too-small = Window too small: luxpay needs { $need }, this is { $size }.
ui-too-small-question = A question is waiting: enlarge the window to answer it.
ui-too-small-keys = Keys wait until it is larger; q quits, F1 help.

## The help overlay (src/ui/help.rs); the keys' words are the key tables' above.

ui-help-title = Keys · Esc closes
ui-help-title-scroll-long = Keys · ↑ ↓ more (PgUp PgDn) · Esc closes
ui-help-title-scroll = Keys · ↑ ↓ more · Esc closes
ui-help-copy-route = Copying goes to: { $route }
ui-help-route-system = system clipboard (falls back to OSC 52 if it is not reachable)
ui-help-route-osc52 = terminal clipboard via OSC 52 (inside tmux, needs `set -g set-clipboard on`)
ui-help-route-tmux = terminal clipboard via OSC 52 in tmux passthrough
ui-help-route-screen = terminal clipboard via OSC 52 through GNU screen
ui-help-route-off = off (clipboard = "off")

## Words several views share (src/ui/words.rs).

ui-pending-minutes = { $status } { $minutes }m
ui-method-card = Card
ui-method-cash = Cash

## The form (src/ui/form.rs). Labels fit in 15 columns.

ui-form-title = New payment
ui-form-amount = Amount
ui-form-customer = Customer email
ui-form-product = Product
ui-form-redirect-url = Redirect URL
ui-form-method = Method
ui-form-currency = Currency
ui-form-cart-amount = { $money } (the cart)
ui-form-optional = optional
ui-form-walk-in-if-empty = walk-in if left empty
ui-form-cart = Cart
ui-form-cart-total = Total { $money }
ui-form-cart-keys = + - quantity · PgUp PgDn line · n empty
ui-form-enter-cash = record the cash sale
ui-form-enter-link = create the payment link
ui-form-creating = Creating the payment link… { $seconds } s
ui-form-stop-waiting = stop waiting
ui-form-try-again = try again

## The payment pane (src/ui/payment.rs): the heading on its top border, the product and
## customer on its bottom one.

ui-payment-title = Payment
ui-payment-empty = The payment's QR code appears here.
ui-payment-heading = order { $order_id } · { $money } · { $method }
ui-payment-walk-in = walk-in
ui-payment-tip = tip { $amount }
ui-payment-status-retrying = status unknown — retrying
ui-payment-status-refused = status unknown: { $why }
ui-payment-code-too-small = The QR code needs a terminal of at least { $need } here (this pane is { $size }).
ui-payment-present-hint = Press f for present mode (needs { $need }), or enlarge the window.

## The tip dialog (src/ui/tip.rs): rows like "1  10%  tip 0.77  total 8.47 USD".

ui-tip-title = Add a tip?
ui-tip-subtotal = Subtotal { $money }
ui-tip-percent = { $percent }%
ui-tip-tip = tip
ui-tip-total = total
ui-tip-no-tip = no tip
ui-tip-other = another amount or percent
ui-tip-back = back
ui-tip-label = Tip
ui-tip-comes-to = tip { $tip }, total { $total }
ui-tip-comes-to-short = total { $total }
ui-tip-how = an amount (0.50) or a percent (18%)
ui-tip-how-short = 0.50 or 18%

## The Summary view (src/ui/history/summary.rs).

ui-summary-in-ledger = { $date }: { $count ->
    [one] 1 payment in the ledger
   *[other] { $count } payments in the ledger
}
ui-summary-keys = ← → day · r reload · e export
ui-summary-by-status = By status
ui-summary-by-method = By method
ui-summary-by-till = By till
ui-summary-by-operator = By operator
ui-summary-tips = Tips (within the totals above)
ui-summary-none = none
ui-summary-till = Till
ui-summary-operator = Operator
ui-summary-asking = { $count ->
    [one] Asking the server about 1 open payment…
   *[other] Asking the server about { $count } open payments…
}
ui-summary-unchecked = { $count ->
    [one] 1 open payment could not be checked: counted as the ledger knows it
   *[other] { $count } open payments could not be checked: counted as the ledger knows them
}
ui-summary-not-reconciled = Not reconciled: { $why }
ui-summary-checking = Checking with the server…
ui-summary-server-totals = Server totals: { $totals }
ui-summary-server-sum = the server's own sum, { $sum }, adds different currencies together
ui-summary-reconciled = Reconciled with the server: no differences
ui-summary-differences = { $count ->
    [one] 1 difference with the server:
   *[other] { $count } differences with the server:
}
ui-summary-only-local = order { $order_id } ({ $status }) is in the ledger, not on the server
ui-summary-only-server = order { $order_id } ({ $status }) is on the server, not in this ledger
ui-summary-status-differs = order { $order_id }: the ledger says { $local }, the server says { $server }
ui-summary-amount-differs = order { $order_id }: the ledger says { $local }, the server says { $server }
ui-summary-elsewhere = Made at other tills of the shop (not differences): { $tills }

## The outcome in the payment pane (src/ui/outcome.rs): a big word, lines under it.

ui-outcome-wrong-amount = WRONG AMOUNT
ui-outcome-wrong-amount-made = Luxfin made this link for { $money }, not { $asked }:
ui-outcome-wrong-amount-hide = do not show it to the customer.
ui-outcome-wrong-amount-ledger = Order { $order_id } is in the ledger, marked as made for another amount.
ui-outcome-wrong-amount-new = Press n for a new payment.
ui-outcome-voided-out = Voided: out of every total; its code is not shown again.
ui-outcome-voided-paid-after = If the customer pays it even so, luxpay says PAID AFTER VOID.
ui-outcome-expired-unpaid = This link expired before it was paid.
ui-outcome-expired-fresh = Press g for a fresh link with the same details.
ui-outcome-change-due = CHANGE DUE · sale of { $money } in cash
ui-outcome-handed-over = { $money } handed over · paid at { $time }
ui-outcome-product-order = { $product } · order { $order_id }
ui-outcome-received = { $money } received
ui-outcome-received-cash = { $money } in cash
ui-outcome-paid-at = paid at { $time }

## The question before a large or repeated sale (src/ui/confirm.rs).

ui-confirm-title-both = Check the amount, and the earlier link
ui-confirm-title-large = Check the amount
ui-confirm-title-again = Create another link?
ui-confirm-walk-in = a walk-in customer
ui-confirm-sale = { $money } to { $customer } for "{ $product }"
ui-confirm-large = { $sale } is more than { $limit }.
ui-confirm-same-sale = the same sale
ui-confirm-same-sale-is = the same sale ({ $sale })
ui-confirm-earlier = Order { $order_id }, made { $ago } ago for { $what }, is { $status }.
ui-confirm-question = Create the payment link?
ui-confirm-yes = create the link
ui-confirm-no = go back, send nothing

## The catalogue picker (src/ui/picker.rs).

ui-picker-title = Catalogue · Enter adds one · Esc closes
ui-picker-find = Find
ui-picker-nothing = No item has these words.

## The history pane's title (src/ui/history/mod.rs).

ui-history-title = History
ui-history-session = This session
ui-history-local = All local
ui-history-server = Server
ui-history-summary = Summary
ui-history-shop = Shop

## The books on screen (src/ui/books.rs): their questions, a Z shown, the X report.

ui-books-handed-over = Handed over
ui-books-counted = Counted
ui-books-float = Float
ui-books-amount = Amount
ui-books-reason = Reason
ui-books-tender = Tender
ui-books-tender-cash = cash, from the drawer
ui-books-tender-other = other, not the drawer
ui-books-tender-cash-short = cash
ui-books-tender-other-short = other
ui-books-alert-close = Enter or Esc: close
ui-books-paid-after-void = PAID AFTER VOID
ui-books-z-title = Z { $number } · ↑ ↓ scroll · p print · Esc close
ui-books-no-shift = No shift is open: s opens one with its float (a sale opens one with 0)
ui-books-x-title = Shift (X report)
ui-books-x-since = since { $time } · { $who }
ui-books-x-keys = s open · i cash in · o cash out · Z close
ui-books-x-sales = { $currency }: { $count ->
    [one] 1 sale
   *[other] { $count } sales
} · gross { $gross } · tips { $tips } · net { $net }
ui-books-x-voids = voids { $voids } ({ $voided }) · refunds { $refunds } ({ $refunded })
ui-books-x-cash = Cash expected { $expected } { $currency } (float { $float } + sales { $sales } − refunds { $refunds } + in { $paid_in } − out { $paid_out })
ui-books-x-best = Best: { $items }
ui-books-x-pending = { $count ->
    [one] 1 link still pending: it carries over
   *[other] { $count } links still pending: they carry over
}
ui-books-per-hour = Sales per hour

## The history lists (src/ui/history/): headings, and what a list says when it has no rows.

ui-history-col-time = Time
ui-history-col-when = When
ui-history-col-order = Order
ui-history-col-amount = Amount
ui-history-col-product = Product
ui-history-col-customer = Customer
ui-history-col-method = Method
ui-history-col-status = Status
ui-history-col-till = Till
ui-history-col-operator = Operator
ui-history-status-unknown = unknown
ui-history-session-empty = No payments yet in this session.
ui-history-local-reading = Reading the ledger…
ui-history-local-failed = The ledger could not be read: { $why }
ui-history-local-empty = The ledger is empty: no payment made here yet.
ui-history-local-no-match = Nothing matches the filter.
ui-history-local-count = { $count ->
    [one] 1 payment
   *[other] { $count } payments
}
ui-history-local-over = over { $count } payments
ui-history-local-filter-how = filter: words, status:paid, till:, date:YYYY-MM-DD
ui-history-server-asking = Asking the server…
ui-history-server-empty = The server lists no payments here.
ui-history-server-from = From
ui-history-server-to = To
ui-history-server-range-keys = Enter load · Tab switch · Esc cancel
ui-history-server-newest = Newest first, orders { $first }–{ $last }
ui-history-server-range = From { $from } to { $to }
ui-history-shop-conflicts = { $count ->
    [one] 1 sale kept apart: its order id is another sale's (ledger sync says which)
   *[other] { $count } sales kept apart: their order id is another sale's (ledger sync says which)
}
ui-history-shop-failed = The shop's ledger could not be read: { $why }
ui-history-shop-empty = No till has made a sale today.
ui-history-shop-reading = Reading every till's sales…

## Present mode (src/ui/present.rs).

ui-present-nothing = No payment to present: press Esc.
ui-present-code-too-small = The QR code needs a terminal of at least { $need }; this one is { $size }. Enlarge the window or use a smaller font.
ui-present-scan = Scan to pay

## The PIN screen (src/ui/pin.rs).

ui-pin-title = Locked: who is at the till?
ui-pin-checking = checking…
ui-pin-keys = ↑↓ name · digits PIN · Enter open · Esc clear
ui-pin-locked = Locked
ui-pin-checking-pin = checking the PIN…
ui-pin-keys-short = ↑↓ name · Enter open

## The customer mirror (src/ui/mirror.rs, `luxpay mirror`): what the customer reads.

ui-mirror-demo = DEMO - no real money
ui-mirror-welcome = Welcome
ui-mirror-waiting-for-till = Waiting for till { $till }…
ui-mirror-tills-found = Tills found here: { $tills }
ui-mirror-start-till = Start the till with LUXPAY_TILL={ $till } luxpay, or luxpay --till { $till }
ui-mirror-enlarge = Enlarge this window to show the code.
