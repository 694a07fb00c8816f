// SPDX-License-Identifier: MIT
// nango-connect — connect one account through Nango from a terminal.
// Secrets come from stdin or the environment, never from the command line.
//
// Every run that gets past --help ends with exactly one verdict: a usage error (exit 2), or the
// flow's result (exit 0 / 1) — also when the window is closed, on SIGINT / SIGTERM, or when a
// signal arrives while a secret is read from stdin. With --json the verdict is the only thing on
// stdout: one JSON object on one line. Without --debug, stderr carries only nango-connect's own
// lines (the verdict of a failure without --json, a usage error).
//
// This file parses and dispatches: the command line is nangoconnect_args, the run
// nangoconnect_run.
#include "nangoconnect_args.h"
#include "nangoconnect_catalog.h"
#include "nangoconnect_run.h"

#include <QStringList>

#include <cstdio>

using namespace NangoConnect;

int main(int argc, char **argv)
{
    // The options decide whether a GUI application is needed (only the embedded OAuth modal
    // needs one), so they are read before the application object exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (wantsCatalog(arguments)) // --catalog: no flow, its own options (nangoconnect_catalog)
        return runCatalog(argc, argv, arguments);
    const ParseResult parsed = parseArguments(arguments);
    switch (parsed.kind) {
    case ParseResult::Kind::Help:
        std::printf("%s", qPrintable(parsed.text));
        return 0;
    case ParseResult::Kind::UsageError:
        return usageError(parsed.text, parsed.json);
    case ParseResult::Kind::Run:
        break;
    }
    return run(argc, argv, parsed.settings);
}
