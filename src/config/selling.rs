//! How a till sells, from the config file: its catalogue, tip presets, the email made
//! up for walk-in customers, and the hooks run when a sale is made, paid or expired.
//! Everything is checked at start, and a mistake names the key (exit 2).

use rust_decimal::Decimal;

use crate::catalogue::Catalogue;
use crate::hooks::Hooks;
use crate::payment::WALK_IN_SEQ;

/// The checked selling settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selling {
    /// Items with prices and quick keys.
    pub catalogue: Catalogue,
    /// Tip percents offered before a sale is sent; empty: no tip is asked.
    pub tip_presets: Vec<Decimal>,
    /// The email for a customer who gives none, `{till}` filled in and `{seq}` left for
    /// each sale; `None`: an email is required.
    pub walk_in_email: Option<String>,
    /// Programs run on created, paid and expired.
    pub hooks: Hooks,
    /// The shop's name: on slips and receipts, and on the customer mirror when idle.
    pub shop_name: String,
    /// The receipt printer, if there is one.
    pub printer: Option<crate::printer::Printer>,
}

/// The config file's selling keys, as written; the catalogue comes checked, as it may
/// come from two files (`catalogue_file`).
#[derive(Debug, Clone, Default)]
pub struct FileSelling<'a> {
    pub catalogue: Catalogue,
    pub tip_presets: &'a [toml::Value],
    pub walk_in_email: Option<&'a str>,
    pub hooks: Hooks,
    pub shop_name: Option<&'a str>,
    pub printer: Option<&'a str>,
    pub printer_width: Option<u16>,
    pub printer_qr: Option<crate::printer::QrMode>,
    pub printer_codepage: Option<crate::printer::CodePage>,
    pub receipt_footer: Option<&'a str>,
    pub print_on_paid: Option<bool>,
}

impl Selling {
    /// Checks the selling keys; `till` fills `{till}`.
    pub fn check(file: FileSelling, till: &str) -> Result<Selling, String> {
        let mut tip_presets = Vec::new();
        for preset in file.tip_presets {
            let text = match preset {
                toml::Value::Integer(n) => n.to_string(),
                toml::Value::Float(f) => f.to_string(),
                toml::Value::String(s) => s.trim_end_matches('%').to_string(),
                _ => String::new(),
            };
            let percent = crate::tip::percent_of(&text)
                .map_err(|e| format!("tip_presets: {e} (percents, such as [10, 15, 20])"))?;
            tip_presets.push(percent);
        }
        if tip_presets.len() > 9 {
            return Err("tip_presets: at most 9, one per key 1 to 9".into());
        }
        let walk_in_email = file
            .walk_in_email
            .filter(|t| !t.trim().is_empty())
            .map(|template| walk_in(template, till))
            .transpose()?;
        for (event, command) in [
            ("on_created", &file.hooks.on_created),
            ("on_paid", &file.hooks.on_paid),
            ("on_expired", &file.hooks.on_expired),
        ] {
            if command
                .as_ref()
                .is_some_and(|c| c.is_empty() || c[0].trim().is_empty())
            {
                return Err(format!(
                    "{event} must name a program, such as [\"/usr/local/bin/open-drawer\", \"--pulse\"]"
                ));
            }
        }
        let shop_name = file.shop_name.unwrap_or_default().trim().to_string();
        let printer = printer(&file, &shop_name)?;
        Ok(Selling {
            catalogue: file.catalogue,
            tip_presets,
            walk_in_email,
            hooks: file.hooks,
            shop_name,
            printer,
        })
    }
}

/// The printer keys, checked together.
fn printer(file: &FileSelling, shop_name: &str) -> Result<Option<crate::printer::Printer>, String> {
    let width_mm = file.printer_width.unwrap_or(58);
    if width_mm != 58 && width_mm != 80 {
        return Err(format!(
            "printer_width must be 58 or 80 (mm), not {width_mm}"
        ));
    }
    let Some(target) = file.printer.filter(|p| !p.trim().is_empty()) else {
        if file.print_on_paid == Some(true) {
            return Err(
                "print_on_paid needs a printer: set printer = \"tcp://HOST:9100\" or a device path"
                    .into(),
            );
        }
        return Ok(None);
    };
    let clean = |text: &str| crate::sanitize::line(text.trim());
    Ok(Some(crate::printer::Printer {
        target: crate::printer::Target::parse(target)?,
        width_mm,
        qr: file.printer_qr.unwrap_or_default(),
        shop_name: clean(shop_name),
        footer: clean(file.receipt_footer.unwrap_or_default()),
        on_paid: file.print_on_paid.unwrap_or(false),
        codepage: file.printer_codepage.unwrap_or_default(),
    }))
}

/// `walk_in_email` with `{till}` filled in, checked to make a valid email once `{seq}`
/// is filled too.
fn walk_in(template: &str, till: &str) -> Result<String, String> {
    let template = template.trim().replace("{till}", till);
    if !template.contains(WALK_IN_SEQ) {
        return Err(format!(
            "walk_in_email {template:?} needs {WALK_IN_SEQ}, so each walk-in sale has its own \
             email, such as \"till+{{seq}}@shop.example\""
        ));
    }
    let example = template.replace(WALK_IN_SEQ, "1");
    crate::payment::check_customer(&example, &crate::i18n::Tr::plain()).map_err(|e| {
        format!(
            "walk_in_email {template:?} does not make an email ({example:?}: {}); write one \
             such as \"till+{{seq}}@shop.example\"",
            e.message
        )
    })?;
    Ok(template)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(file: FileSelling) -> Result<Selling, String> {
        Selling::check(file, "front")
    }

    #[test]
    fn walk_in_emails_are_checked_with_their_till() {
        let ok = check(FileSelling {
            walk_in_email: Some("{till}+{seq}@shop.example"),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            ok.walk_in_email.as_deref(),
            Some("front+{seq}@shop.example")
        );
        for (template, error) in [
            ("till@shop.example", "needs {seq}"),
            ("till+{seq}", "does not make an email"),
        ] {
            let err = check(FileSelling {
                walk_in_email: Some(template),
                ..Default::default()
            })
            .unwrap_err();
            assert!(err.contains(error), "{err}");
        }
    }

    #[test]
    fn tip_presets_are_percents() {
        let presets = [toml::Value::Integer(10), toml::Value::Float(12.5)];
        let ok = check(FileSelling {
            tip_presets: &presets,
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.tip_presets, [Decimal::from(10), Decimal::new(125, 1)]);
        let bad = [toml::Value::Integer(150)];
        let err = check(FileSelling {
            tip_presets: &bad,
            ..Default::default()
        })
        .unwrap_err();
        assert!(err.contains("tip_presets"), "{err}");
    }

    #[test]
    fn a_hook_names_a_program() {
        let err = check(FileSelling {
            hooks: Hooks {
                on_paid: Some(vec![]),
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap_err();
        assert!(err.contains("on_paid must name a program"), "{err}");
    }
}
