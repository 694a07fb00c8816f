// SPDX-License-Identifier: MIT
// A model of how Nango's server reads a query string: Express 4's "extended" query parser, i.e.
// qs.parse(query, { allowPrototypes: true }) with qs's defaults (depth 5, arrayLimit 20,
// parameterLimit 1000, utf-8, '+' → space, decodeURIComponent with the raw text kept on a
// malformed escape). Written from qs's documented behaviour (lib/parse.js, lib/utils.js); used by
// the query-builder fuzzer to check that what NangoQt builds is what the server reads.
//
// It differs from devserver's parseQs() on purpose: parseQs() is a simplification for the dev
// server (no numeric-index arrays, no combine/merge rules); this one follows qs step by step.
#pragma once

#include <QByteArray>
#include <QVariant>

namespace QsModel {

/// qs.parse(query) as JSON-like data: QString, bool (qs's `true` for a key merged into an
/// object), QVariantList (arrays, holes compacted away) and QVariantMap (objects).
/// A leading '?' is ignored (Express hands qs the text after it).
QVariantMap parse(const QByteArray &query);

/// Checks the model against results documented for qs; returns the first mismatch or empty.
QString selfTest();

} // namespace QsModel
