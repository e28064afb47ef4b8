# The books: X and Z reports, receipts and slips, on the terminal and the printer.

## The X and Z reports (src/books/text.rs): labels on the left, money on the right.
books-z-title = Z REPORT { $number }
books-x-title = X REPORT (shift so far)
books-till = Till
books-opened = Opened
books-by = by
books-closed = Closed
books-no-sales = No sales
books-sales = Sales
books-gross = Gross (tips incl.)
books-tips = tips
books-voids = Voids ({ $count })
books-refunds = Refunds ({ $count })
books-refunds-cash = cash
books-refunds-other = other
books-net = Net
books-average = Average sale
books-by-method = By method
books-by-operator = By operator
books-by-hour = By hour
books-best-items = Best items
books-drawer = Cash drawer ({ $currency })
books-float = Float
books-cash-sales = + cash sales
books-cash-refunds = - cash refunds
books-paid-in = + paid in
books-paid-out = - paid out
books-expected = Expected
books-counted = Counted
books-difference = Difference
books-pending = Pending (carried over): { $count }
books-paid-after-void = PAID AFTER VOID: { $count }
books-differences = Differences with the server
books-hash = Hash
# Said when a voided order turns PAID.
books-paid-after-void-note = PAID AFTER VOID: order { $order_id } was voided at { $when } by { $operator } ({ $reason }), and is paid even so: it counts as paid; refund the customer or keep the sale

## Slips and receipts on the printer (src/printer): lines of 32 columns at least; the
## large ones (books-receipt-paid…) 16.
books-receipt-demo = DEMO - no real money
books-receipt-tip = Tip
books-receipt-total = TOTAL
books-slip-order = Order { $order_id } - { $when }
books-slip-scan = Scan to pay
books-slip-demo-1 = DEMO code - opens only while
books-slip-demo-2 = the luxpay that made it runs
books-receipt-order = Order { $order_id }
books-receipt-paid-at = Paid { $when }
books-receipt-till = Till { $till } - { $operator }
books-receipt-paid = PAID
books-receipt-paid-demo = PAID (DEMO)
