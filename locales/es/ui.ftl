# The app's screens: the form, the payment pane, dialogs, the help and the history views.
