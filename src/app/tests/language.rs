//! The app in the cashier's language: what `update` says (notices, the form's checks,
//! the books' questions) comes from the catalogue, with money as the locale writes it.

use super::fixtures::{serve, start_on};
use super::*;
use crate::i18n::{Lang, Tr};

fn app_in(lang: Lang) -> App {
    let config = AppConfig {
        demo: true,
        tr: Tr::of(lang),
        ..AppConfig::default()
    };
    fixtures::app_with(config, "https://shop.example/thanks")
}

fn notice(app: &App) -> String {
    app.notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

#[test]
fn an_amount_the_form_cannot_read_is_explained_in_german_with_a_decimal_comma() {
    let mut app = app_in(Lang::De);
    type_text(&mut app, "1.500");
    app.update(key(KeyCode::Tab));
    assert_eq!(
        app.form.error(Field::Amount),
        Some(
            "\"1.500\" kann 1500 oder 1,50 heißen: 1500 (Tausender) oder 1,50 (Dezimalen) \
             eingeben"
        )
    );
    // Enter with two more fields empty: three to fix, said as a German plural.
    app.update(key(KeyCode::Enter));
    assert_eq!(
        notice(&app),
        "3 Felder müssen korrigiert werden: nichts wurde gesendet"
    );
}

#[test]
fn the_limit_is_written_as_the_locale_writes_amounts() {
    let mut app = app_in(Lang::De);
    type_text(&mut app, "2000000");
    app.update(key(KeyCode::Tab));
    let error = app.form.error(Field::Amount).unwrap_or_default();
    assert!(error.contains("über dem Limit von 1.000.000,00"), "{error}");
    // English keeps the plain form the config file takes.
    let mut english = app_in(Lang::En);
    type_text(&mut english, "2000000");
    english.update(key(KeyCode::Tab));
    let error = english.form.error(Field::Amount).unwrap_or_default();
    assert!(error.contains("above the limit of 1000000.00;"), "{error}");
}

#[test]
fn a_cash_sale_in_german_asks_and_says_money_as_germans_write_it() {
    let mut app = app_in(Lang::De);
    let (_dir, ledger) = start_on(&mut app, &[]);
    type_text(&mut app, "1.234,50");
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "ana@example.com");
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "Kaffeebohnen");
    app.update(ctrl('t'));
    app.update(key(KeyCode::Enter));
    // Above the amount that asks first.
    assert!(app.confirm.is_some());
    app.update(key(KeyCode::Char('y')));
    let ask = app
        .books
        .ask
        .as_ref()
        .expect("what was handed over is asked");
    assert_eq!(
        ask.title(&app.config.tr),
        (
            "Bar".to_string(),
            "Summe 1.234,50 USD: erhaltener Betrag (nur Enter: kein Wechselgeld)".to_string()
        )
    );
    type_text(&mut app, "1000");
    app.update(key(KeyCode::Enter));
    let error = app.books.ask.as_ref().and_then(|a| a.error.clone());
    assert_eq!(
        error.as_deref(),
        Some("1.000,00 ist weniger als die Summe 1.234,50 USD")
    );
    for _ in 0..4 {
        app.update(key(KeyCode::Backspace));
    }
    type_text(&mut app, "1250");
    let effects = app.update(key(KeyCode::Enter));
    serve(&mut app, &ledger, effects);
    assert_eq!(
        notice(&app),
        "Barverkauf C-front-1-1 BEZAHLT: 1.234,50 USD · Wechselgeld 15,50 USD · eine Schicht \
         wurde mit Anfangsbestand 0 geöffnet (i in der Übersicht trägt ihn ein)"
    );
    // The same in euros: the drawer counts dollars, and the ledger's refusal is said in
    // German, in the question, which stays open as typed.
    app.focus = Pane::Form;
    app.form.currency = crate::money::Currency::Eur;
    app.update(ctrl('t'));
    app.update(key(KeyCode::Enter));
    app.update(key(KeyCode::Char('y')));
    type_text(&mut app, "1250");
    let effects = app.update(key(KeyCode::Enter));
    serve(&mut app, &ledger, effects);
    let ask = app.books.ask.as_ref().expect("asked again");
    assert_eq!(ask.amount.value(), "1250");
    let error = ask.error.clone().unwrap_or_default();
    assert!(
        error.contains(
            "die Kassenlade zählt nur USD: Bargeld in EUR würde bei keiner Zählung erfasst"
        ),
        "{error}"
    );
    // What the ledger refuses is said in German too: a refund of more than was paid.
    app.update(key(KeyCode::Esc));
    app.focus = Pane::Payment;
    app.update(key(KeyCode::Char('m')));
    type_text(&mut app, "2000");
    app.update(key(KeyCode::Enter));
    type_text(&mut app, "Fehler");
    let effects = app.update(key(KeyCode::Enter));
    serve(&mut app, &ledger, effects);
    let error = app.books.ask.as_ref().and_then(|a| a.error.clone());
    assert_eq!(
        error.as_deref(),
        Some(
            "Nicht gespeichert: für Bestellung C-front-1-1 können höchstens 1.234,50 USD \
             erstattet werden (1.234,50 bezahlt, 0,00 bereits erstattet)"
        )
    );
}

#[test]
fn a_paid_link_is_said_in_french_with_french_money() {
    let mut app = app_in(Lang::Fr);
    fill(&mut app);
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(created("4711")),
    });
    assert_eq!(notice(&app), "Lien de paiement créé : commande 4711");
    answer(&mut app, "4711", Ok("SUCCESS"));
    // CLDR's French groups with a narrow no-break space; 12,50 has no group.
    assert_eq!(notice(&app), "La commande 4711 est PAYÉE : 12,50 USD");
}

#[test]
fn every_language_says_what_needs_fixing_in_its_own_words() {
    let mut said = Vec::new();
    for lang in Lang::ALL {
        let mut app = app_in(lang);
        app.update(key(KeyCode::Enter));
        said.push(notice(&app));
    }
    assert_eq!(said[0], "3 fields need fixing: nothing was sent");
    for (lang, text) in Lang::ALL.iter().zip(&said).skip(1) {
        assert!(text.starts_with("3 "), "{lang:?}: {text}");
        assert_ne!(text, &said[0], "{lang:?} is not translated");
    }
}
