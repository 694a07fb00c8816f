// SPDX-License-Identifier: MIT
// nango-connect --catalog: what the session may connect (NangoCatalog), as JSON or a table.
#pragma once

#include <QStringList>

namespace NangoConnect {

/// True when @p arguments ask for the catalog (`--catalog` is among them).
bool wantsCatalog(const QStringList &arguments);
/**
 * `--catalog session|integrations|providers|providers/NAME [--search S]`: reads it with the
 * session token and prints `{"ok":true,"data":…}` with --json (never a secret), else a readable
 * table (a provider's form: its fields, in order). Exit 0, 1 (the read failed: the usual
 * `{"ok":false,"type","message"}` verdict) or 2 (usage error).
 */
int runCatalog(int argc, char **argv, const QStringList &arguments);

} // namespace NangoConnect
