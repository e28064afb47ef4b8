use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use super::*;

fn waiting(n: u32) -> MirrorState {
    MirrorState::Waiting {
        amount: format!("{n}.00 USD"),
        product: "Tea".into(),
        url: format!("http://127.0.0.1/checkout/{n}"),
    }
}

#[tokio::test]
async fn mirrors_get_the_state_and_each_change_on_a_private_socket() {
    let dir = tempfile::tempdir().unwrap();
    let path = socket_path(&dir.path().join("luxpay"), "front/../1");
    assert_eq!(path.file_name().unwrap(), "mirror-front____1.sock");
    let tx = publish(
        &path,
        MirrorState::Idle {
            shop: "Luxe".into(),
        },
    )
    .await
    .unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert_eq!(mode(&path), 0o600);

    // Two mirrors at once, each with the whole story.
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::unbounded_channel();
    for who in 0..2 {
        let (path, seen_tx) = (path.clone(), seen_tx.clone());
        tokio::spawn(async move {
            let _ = watch(&path, |s| {
                let _ = seen_tx.send((who, s.state));
            })
            .await;
        });
    }
    let mut got = Vec::new();
    while got.len() < 2 {
        got.push(seen_rx.recv().await.unwrap());
    }
    assert!(got.iter().all(|(_, s)| *s
        == MirrorState::Idle {
            shop: "Luxe".into()
        }));
    tx.send(waiting(1)).unwrap();
    let mut got = Vec::new();
    while got.len() < 2 {
        got.push(seen_rx.recv().await.unwrap().1);
    }
    assert_eq!(got, [waiting(1), waiting(1)]);

    // A second till of the same name is refused, not silently taking over.
    let err = publish(&path, waiting(2)).await.unwrap_err();
    assert!(err.to_string().contains("--till"), "{err}");
}

#[tokio::test]
async fn a_socket_left_by_a_dead_till_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = socket_path(dir.path(), "front");
    // A socket file nobody answers on, as a killed till leaves it.
    drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
    let tx = publish(&path, waiting(3)).await.unwrap();
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        let _ = watch(&path, |s| {
            let _ = seen_tx.send(s);
        })
        .await;
    });
    let first = tokio::time::timeout(Duration::from_secs(5), seen_rx.recv()).await;
    let first = first.unwrap().unwrap();
    assert_eq!(first.state, waiting(3));
    assert!(!first.demo, "a live till");
    drop(tx);
}

/// A demo till's mirrors say DEMO: the till says so on the socket, beside the state.
#[tokio::test]
async fn a_demo_till_says_so_on_its_socket() {
    let dir = tempfile::tempdir().unwrap();
    let path = socket_path(dir.path(), "front");
    let tx = publish_as(&path, waiting(4), true).await.unwrap();
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        let _ = watch(&path, |s| {
            let _ = seen_tx.send(s);
        })
        .await;
    });
    let first = tokio::time::timeout(Duration::from_secs(5), seen_rx.recv()).await;
    assert_eq!(
        first.unwrap(),
        Some(Published {
            state: waiting(4),
            demo: true
        })
    );
    drop(tx);
}

/// A till from before `demo` was sent still reads, as a live till; a mirror from before
/// reads a new till's line as the state it knows.
#[test]
fn the_demo_field_is_optional_both_ways() {
    let old = r#"{"state":"paid","amount":"4.50 USD"}"#;
    let read: Published = serde_json::from_str(old).unwrap();
    let paid = MirrorState::Paid {
        amount: "4.50 USD".into(),
    };
    assert_eq!(
        read,
        Published {
            state: paid.clone(),
            demo: false
        }
    );
    let new = serde_json::to_string(&Published {
        state: paid.clone(),
        demo: true,
    })
    .unwrap();
    assert!(new.contains(r#""demo":true"#), "{new}");
    assert_eq!(serde_json::from_str::<MirrorState>(&new).unwrap(), paid);
}

/// A mirror waiting for a mistyped till names the tills that are there: sockets only,
/// named as a till's socket is, sorted.
#[test]
fn the_tills_in_a_socket_directory() {
    let dir = tempfile::tempdir().unwrap();
    assert!(tills_in(&dir.path().join("missing")).is_empty());
    let _back = std::os::unix::net::UnixListener::bind(socket_path(dir.path(), "back")).unwrap();
    let _front =
        std::os::unix::net::UnixListener::bind(socket_path(dir.path(), "front-1")).unwrap();
    // Not a socket; not a till's name; a name no socket_path makes.
    std::fs::write(dir.path().join("mirror-file.sock"), "").unwrap();
    let _other = std::os::unix::net::UnixListener::bind(dir.path().join("other.sock")).unwrap();
    let _odd =
        std::os::unix::net::UnixListener::bind(dir.path().join("mirror-a\x1b[2J.sock")).unwrap();
    assert_eq!(tills_in(dir.path()), ["back", "front-1"]);
}
