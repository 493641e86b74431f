//! Every UI language has every message of the English file, with the same variables, and
//! every file parses. Runs over whatever folders `locales/` holds, so a new language is
//! checked the moment its file exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;

type Variables = BTreeSet<String>;

fn inline_vars(e: &InlineExpression<&str>, out: &mut Variables) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        _ => {}
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut Variables) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut Variables) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

/// Message id → variables, or what is wrong with the file.
fn load(path: &Path) -> Result<BTreeMap<String, Variables>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = parser::parse(text.as_str()).map_err(|(_, errs)| {
        format!("{}: {} syntax error(s), first: {:?}", path.display(), errs.len(), errs.first())
    })?;
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = Variables::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                if out.insert(m.id.name.to_owned(), vars).is_some() {
                    return Err(format!("{}: message {} is defined twice", path.display(), m.id.name));
                }
            }
            Entry::Junk { content } => return Err(format!("{}: cannot parse {content:?}", path.display())),
            _ => {}
        }
    }
    Ok(out)
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let english = load(&dir.join("en/main.ftl")).unwrap();
    assert!(english.len() > 100);
    let mut problems = Vec::new();
    let mut languages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path().join("main.ftl");
        let lang = path.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned();
        if lang == "en" {
            continue;
        }
        languages += 1;
        let messages = match load(&path) {
            Ok(m) => m,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        for (id, vars) in &english {
            match messages.get(id) {
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(v) if v != vars => problems.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}")),
                _ => {}
            }
        }
        for id in messages.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in English (a leftover?)"));
        }
    }
    assert!(languages >= 1, "at least Latvian");
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_check_notices_what_it_should() {
    let dir = std::env::temp_dir().join(format!("twinning-ftl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.ftl");
    std::fs::write(&good, "a = A { $n }\nb = { $count ->\n    [one] one\n   *[other] { $count } more\n}\n").unwrap();
    let vars = load(&good).unwrap();
    assert_eq!(vars["a"], BTreeSet::from(["n".to_owned()]));
    assert_eq!(vars["b"], BTreeSet::from(["count".to_owned()]), "a selector's variable counts");
    let bad = dir.join("bad.ftl");
    std::fs::write(&bad, "a = { $n\n").unwrap();
    assert!(load(&bad).is_err(), "a syntax error is reported");
    let twice = dir.join("twice.ftl");
    std::fs::write(&twice, "a = A\na = B\n").unwrap();
    assert!(load(&twice).is_err(), "a duplicate is reported");
}
