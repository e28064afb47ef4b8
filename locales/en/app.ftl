# What the app says as it works: notices, the status line, questions, the form's checks.

## The amount a person types (the form, the books' questions, tips, the CLI's options).
money-enter-amount = enter an amount, such as 12.50
money-number-only = type the number only; the currency is chosen separately
money-more-than-zero = the amount must be more than zero
money-not-a-number = { $typed } is not a number: type digits and one decimal separator, such as 12.50
money-too-large = { $typed } is too large to be an amount
money-two-decimals = use at most two decimal places, such as 12.50
money-above-limit = the amount is above the limit of { $limit }; raise max_amount in the config file if this is right
money-ambiguous = { $typed } could be { $thousands } or { $decimals }: type { $thousands } (thousands) or { $decimals } (decimals)
money-ambiguous-three-places = { $typed } could be { $thousands } (thousands), but as decimals it has three places: type { $thousands }, or use at most two decimal places

## A tip as typed (the tip screen, create --tip): the CLI puts -- before these.
tip-not-a-percent = tip { $typed } is not a percent: type a number, such as 15
tip-out-of-range = tip { $typed } is not a tip: use 0 to 100, such as 15
tip-amount-error = tip { $error }; or a percent, such as 15%
tip-amount-error-quoted = tip { $typed }: { $error }; or a percent, such as 15%

## Typed text that would look like something else (email, product, redirect URL).
text-invisible-char = contains an invisible or direction-changing character (U+{ $code }): type it again
text-combining-pile = contains a pile of combining marks: type it again

## The checks of the other fields of a sale (the form, create's options).
check-email-empty = enter the customer's email, such as ana@example.com
check-email-invalid = { $typed } is not an email address; type one like ana@example.com
check-product-empty = enter what is being sold, such as "Coffee beans 1 kg"
check-product-too-long = is { $count } characters; shorten it to { $most } or fewer
check-product-controls = remove control characters (such as tabs or escapes)
check-url-too-long = is { $count } characters; use one of { $most } or fewer
check-url-invalid = is not a URL ({ $error }); type one like https://shop.example/thanks or leave it empty
check-url-scheme = must start with https:// (or http://) and name a host
check-url-credentials = must not hold a user name or password (user:pw@): the payer would see them
check-currency-usd-only = { $method } takes USD only; choose USD or pay by card for { $currency }
check-tip-above-limit = with this tip the amount is { $amount }, above the limit of { $limit }

## Making a payment link.
app-fields-need-fixing = { $count ->
    [one] { $count } field needs fixing: nothing was sent
   *[other] { $count } fields need fixing: nothing was sent
}
app-stopped-waiting = Stopped waiting. If Luxfin makes the link anyway, it will appear in the history (Ctrl+P).
app-other-amount-not-shown = Order { $order_id } was made for another amount: not shown
app-link-created = Payment link created: order { $order_id }
# Follows another notice after " · ".
app-shift-opened-zero = a shift was opened with a float of 0 (i in the Summary view puts the float in)
# Follows the API's error and ". ".
app-create-may-exist = The payment may exist even so: check before trying again.
app-link-not-created = The payment link was not created
app-stopped-did-create = The stopped request did create order { $order_id }: it is in the history
app-not-in-ledger-retrying = Order { $order_id } works, but could not be written to the ledger: { $error }; retrying

## The books: cash sales, the drawer, voids, refunds, the shift.
books-ask-cash = Cash
books-ask-cash-under = Total { $total }: amount handed over (Enter alone: no change)
books-ask-float = Open the shift
books-ask-float-under = The float: cash in the drawer now
books-ask-cash-in = Cash in
books-ask-cash-in-under = Cash put into the drawer, and why
books-ask-cash-out = Cash out
books-ask-cash-out-under = Cash taken out of the drawer, and why
books-ask-void = Void order { $order_id }
# $sale: the sale's money and product, "7.50 USD · Latte".
books-ask-void-under = { $sale }: why? (the customer may still pay it)
books-ask-refund = Refund order { $order_id }
books-ask-refund-under = { $sale }: amount (empty: all that is left), tender, why
books-ask-close = Close the shift (Z)
books-ask-close-under = The cash counted in the drawer
books-offline-not-sent = Offline: Luxfin does not answer, so no link was sent. Cash goes on (Ctrl+T); Enter tries Luxfin again in { $seconds } s
app-voided-already = Order { $order_id } is voided already
books-only-pending-voided = Order { $order_id } is { $status }: only a pending link is voided; press m to refund it
books-only-paid-refunded = Order { $order_id } is { $status }: only a paid sale is refunded
books-only-paid-refunded-pending = Order { $order_id } is { $status }: only a paid sale is refunded; press x to void a pending link
books-type-amount = Type the amount
books-type-count = Type the amount (0 for an empty drawer)
books-say-why = Say why, in a few words: it is kept with the event
books-out-more-than-held = The drawer should hold only { $held }: check the amount, or press Enter again to take out { $amount } anyway
books-less-than-total = { $given } is less than the total { $total }
books-cash-not-recorded = The cash sale was not recorded: { $error }. Nothing was taken: try again
books-cash-sale-paid = Cash sale { $order_id } PAID: { $money }
# Follows the cash sale's notice after " · ".
books-change = change { $change }
books-not-written = Not written: { $reason }
books-shift-opened = Shift opened with a float of { $money }
books-cash-put-in = { $money } put into the drawer
books-cash-taken-out = { $money } taken out of the drawer
books-voided = Order { $order_id } voided: if the customer pays it even so, luxpay says PAID AFTER VOID
books-refunded = Refunded { $money } of order { $order_id } ({ $tender })
books-tender-cash = cash
books-tender-other = other
# Follows a book event's notice after " · ".
books-shift-opened-for-it = a shift was opened for it with a float of 0
books-z-closed = Z { $number } closed the shift; the next sale opens a new one
books-shift-not-closed = The shift was not closed: { $error }
app-paid-after-void = PAID AFTER VOID: order { $order_id } ({ $money }) was voided at { $time } and is paid even so. It counts as paid: refund the customer (m) or keep the sale.

## The history views.
# What a manager approves (shown on the PIN screen, and in "…: not done").
app-export-view = Export the view
app-shift-keys-in-summary = The shift's keys (s i o Z) work in the Summary view: v until it shows
app-exporting = Exporting…
app-export-server-not-yet = Nothing to export yet: the server's list has not arrived
app-export-shop-not-yet = Nothing to export yet: the shop's payments have not arrived
app-exporting-rows = { $count ->
    [one] Exporting { $count } row…
   *[other] Exporting { $count } rows…
}
app-ledger-not-read = The ledger could not be read: { $error }
app-no-link-recovered = No link to copy: this sale was recovered, and Luxfin's list does not give links
app-range-backwards = { $from } is after { $to }: the earlier day first

## Keys, copying, quitting, and what the effects report back.
app-no-link-to-copy = No link to copy or show: cash is paid at the till, and a voided link is not shown again
app-wrong-amount = This link was made for another amount: do not show it to the customer
app-quit-creating = A payment link is being created
app-quit-unrecorded = { $count ->
    [one] { $count } link is not in the ledger yet (the log has it)
   *[other] { $count } links are not in the ledger yet (the log has them)
}
# $why: one of the two above.
app-quit-anyway = { $why }: press Ctrl+C again to quit anyway
app-copy-off-config = Copying is off (clipboard = "off" in config.toml)
app-copied-system = Copied the link to the system clipboard
app-copied-osc52 = Link sent to the terminal clipboard (OSC 52)
app-copy-off = Copying is off
app-copy-failed = Copy failed: { $reason }. The link is on screen to type.
app-ledger-not-written = The ledger could not be written: { $error }
app-exported = Exported to { $path }
app-export-failed = Export failed: { $error }
app-warning = Warning: { $text }
# $event: the hook's name in the config file (on_paid…).
app-hook-failed = { $reason }; later failures of { $event } only go to the log
app-printed-report = Printed the report
app-not-printed = Not printed: { $reason }

## The ledger at start, and sales an earlier run left in flight.
app-ledger-not-opened = The ledger could not be opened: { $error }
# $message: what recovery found (the sale-… messages, joined by "; ").
app-ledger-says = Ledger: { $message }
sale-recovered = { $count ->
    [one] recovered { $count } sale whose answer was lost: order { $orders } is now in the ledger
   *[other] recovered { $count } sales whose answer was lost: orders { $orders } are now in the ledger
}
sale-not-created = { $count ->
    [one] { $count } interrupted sale was not created at Luxfin
   *[other] { $count } interrupted sales were not created at Luxfin
}
sale-in-flight = { $count ->
    [one] { $count } sale may still be in flight: `luxpay ledger recover` looks again later
   *[other] { $count } sales may still be in flight: `luxpay ledger recover` looks again later
}

## Printing slips and receipts.
app-no-printer = No printer: set printer in config.toml (see the README, "Receipt printer")
app-no-link-to-print = Order { $order_id } has no link to print
app-expired-nothing-to-print = Order { $order_id } expired: g makes a fresh link to print
# $paper: "slip" (the code, while it waits) or "receipt" (once paid).
app-printing = { $paper ->
    [receipt] Printing the receipt for order { $order_id }…
   *[slip] Printing the slip for order { $order_id }…
}
app-printed = { $paper ->
    [receipt] Printed the receipt for order { $order_id }
   *[slip] Printed the slip for order { $order_id }
}
# Follows the PAID notice after " · ".
app-receipt-printed = receipt printed
app-not-printed-retry = Not printed: { $reason } — p to retry

## Following payments.
app-key-refused = the API key was refused
app-paid-is-final = Order { $order_id } is PAID: that is final, nothing to check
app-checking = Checking order { $order_id }…
app-status-unknown = Order { $order_id }: status unknown: { $error }
# $status: the status with how long it has waited ("PENDING 1:42").
app-checked-just-now = Order { $order_id }: { $status }, checked just now
# How the app knows the PAID notice: app-order-paid-money starts with it.
app-order-paid = Order { $order_id } is PAID
app-order-paid-money = Order { $order_id } is PAID: { $money }
app-order-expired = Order { $order_id } EXPIRED: press g for a fresh link
# A waiting payment in a list, in whole minutes.
app-pending-minutes = PENDING { $minutes }m
# A waiting payment with how long it has waited (1:42).
app-pending-clock = PENDING { $clock }

## Staff and the lock.
app-staff-not-read = The staff list could not be read: { $error }. Ctrl+C quits; start luxpay again.
app-no-staff-to-lock = Nobody is on the staff, so there is no PIN to lock with (luxpay staff add)
# $role: "manager" or "cashier".
app-open-for = Open for { $name } ({ $role ->
    [manager] manager
   *[cashier] cashier
})
app-no-manager = This needs a manager, and none is on the staff
# $what: what waited for approval ("Export the view", "Close the shift (Z)").
app-not-approved = { $what }: not done (no manager approved it)

## Links not yet in the ledger.
app-in-ledger-now = Order { $order_id } is in the ledger now
# The title bar's warning.
app-unrecorded-banner = { $count ->
    [one] { $count } link NOT in the ledger: retrying
   *[other] { $count } links NOT in the ledger: retrying
}

## The duplicate and large-amount questions, the catalogue, tips.
app-nothing-sent = Nothing was sent
# $key: the function key's number (F5 → 5).
app-no-catalogue-key = F{ $key } has no catalogue item ([[catalogue]] key = "F{ $key }")
app-catalogue-empty = The catalogue is empty: add [[catalogue]] items to the config file
app-no-tip-preset = there is no preset { $number }

# A field's name in messages.
field-amount = amount
field-customer = customer email
field-product = product
field-redirect-url = redirect URL
field-method = method
field-currency = currency
field-error = { $field }: { $message }
app-staff-list-unread = the staff list could not be read: { $error }
app-no-mirror = no customer mirror: { $error }
app-not-a-date = { $typed } is not a date: use YYYY-MM-DD

# The cart: catalogue items, in the app and with create --item.
cart-item-quantity = --item { $item }: the quantity after * must be 1 to 999
cart-catalogue-empty = --item { $item }: the catalogue is empty ([[catalogue]] in the config file)
cart-item-unknown = --item { $item } is not in the catalogue: { $names }
cart-item-refused = --item { $item }: { $error }
cart-mixed-currency = { $item } is sold in { $sold_in }, the cart is in { $cart }: make a sale of its own
