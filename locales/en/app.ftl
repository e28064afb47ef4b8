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
