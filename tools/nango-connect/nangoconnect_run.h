// SPDX-License-Identifier: MIT
// nango-connect's run, after parseArguments() accepted the command line: one flow, one verdict.
#pragma once

#include <QString>

namespace NangoConnect {

struct Settings;

/**
 * Runs the flow @p settings describe and prints its one verdict (with --json: one JSON object on
 * stdout). Creates the application object itself — a QApplication only for the embedded modal —
 * from @p argc / @p argv. Returns the exit code: 0 connected, 1 failed, 2 usage error (an empty
 * stdin secret, a --ca-cert file without a certificate).
 */
int run(int argc, char **argv, const Settings &settings);

/// Prints a usage error (a JSON object on stdout with @p json, else a line on stderr); returns 2.
int usageError(const QString &message, bool json);

} // namespace NangoConnect
