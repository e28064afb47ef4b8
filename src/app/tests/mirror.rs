//! What the customer mirror is told: the payment while it waits, PAID after, the shop's
//! name once the next sale starts; never an email; nothing when no mirror is published.

use super::*;
use crate::mirror::MirrorState;
use fixtures::press;

fn mirrored(effects: &[Effect]) -> Vec<MirrorState> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Mirror(state) => Some(state.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_mirror_follows_the_payment_on_screen() {
    let mut config = fixtures::shop_config();
    config.mirror = true;
    let mut app = fixtures::app_with(config, "");
    let idle = MirrorState::Idle {
        shop: "Luxe Café".into(),
    };
    assert_eq!(
        mirrored(&app.update(Msg::Resize {
            width: 120,
            height: 40
        })),
        std::slice::from_ref(&idle)
    );
    assert_eq!(
        mirrored(&app.update(Msg::Resize {
            width: 120,
            height: 40
        })),
        [],
        "said once"
    );
    fixtures::fill(&mut app, "Tea");
    press(&mut app, KeyCode::Enter);
    let effects = press(&mut app, KeyCode::Char('0'));
    assert_eq!(mirrored(&effects), [], "nothing to show while it is made");
    let effects = fixtures::answer_create(&mut app, "1", "https://pay.example/1", START);
    let states = mirrored(&effects);
    let [waiting] = states.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        *waiting,
        MirrorState::Waiting {
            amount: "12.50 USD".into(),
            product: "Tea".into(),
            url: "https://pay.example/1".into(),
        }
    );
    assert!(
        !serde_json::to_string(waiting).unwrap().contains('@'),
        "never the customer's email"
    );
    let paid = answer(&mut app, "1", Ok("SUCCESS"));
    assert_eq!(
        mirrored(&paid),
        [MirrorState::Paid {
            amount: "12.50 USD".into()
        }]
    );
    // The next sale: the customer's screen goes back to the shop's name.
    assert_eq!(mirrored(&press(&mut app, KeyCode::Char('n'))), [idle]);
}

#[test]
fn no_mirror_no_effect() {
    let mut app = fixtures::app_with(fixtures::shop_config(), "");
    fixtures::fill(&mut app, "Tea");
    press(&mut app, KeyCode::Enter);
    let effects = press(&mut app, KeyCode::Char('0'));
    let effects = [
        effects,
        fixtures::answer_create(&mut app, "1", "https://pay.example/1", START),
    ]
    .concat();
    assert_eq!(mirrored(&effects), []);
}
