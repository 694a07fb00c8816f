// SPDX-License-Identifier: MIT
// A dev server on loopback with the integrations the core tests use, and a NangoAuth pointed at it
// whose windows are the GUI-less FollowingWindow (testwindow.h).
#pragma once

#include "devserverenv.h"
#include "testwindow.h"

#include <NangoQt/NangoAuthFlow>

#include <QSignalSpy>

#include <memory>

/// Both eras, as data-driven tests use them.
inline const char *eraName(NangoDev::Era era)
{
    return era == NangoDev::Era::Seed ? "seed" : "current";
}

struct TestEnv : DevServerEnv
{
    explicit TestEnv(NangoDev::Era era, bool useSessionToken = true);

    /// Windows made by the factory, newest last.
    QList<QPointer<FollowingWindow>> windows;
    /// What each window saw, also after the flow deleted it.
    QList<std::shared_ptr<WindowRecord>> records;
    FollowingWindow::Action windowAction = FollowingWindow::Allow;
};

/// Records a flow's terminal signals (to check there is exactly one).
struct FlowResult
{
    explicit FlowResult(NangoAuthFlow *flow);
    /// Waits until the flow ended, then a little more to catch a second terminal signal.
    bool wait(int timeoutMs = 10000);
    int terminalCount() const { return succeeded.count() + failed.count(); }
    QString type() const { return failed.isEmpty() ? QString() : failed.first().at(0).toString(); }
    QString message() const { return failed.isEmpty() ? QString() : failed.first().at(1).toString(); }
    QString connectionId() const { return succeeded.isEmpty() ? QString() : succeeded.first().at(1).toString(); }
    QString providerConfigKey() const { return succeeded.isEmpty() ? QString() : succeeded.first().at(0).toString(); }

    QSignalSpy succeeded;
    QSignalSpy failed;
    QSignalSpy finished;
};

#define VERIFY_FAILED_WITH(result, expectedType)                                                        \
    do {                                                                                                \
        QVERIFY2((result).wait(), "the flow did not end in time");                                       \
        QCOMPARE((result).terminalCount(), 1);                                                           \
        QVERIFY2((result).failed.count() == 1, qPrintable(QStringLiteral("succeeded instead of failing"))); \
        QCOMPARE((result).type(), QString::fromLatin1(expectedType));                                     \
        QVERIFY2(!(result).message().isEmpty(), "empty error message");                                   \
    } while (false)

#define VERIFY_SUCCEEDED(result)                                                                        \
    do {                                                                                                \
        QVERIFY2((result).wait(), "the flow did not end in time");                                       \
        QVERIFY2((result).succeeded.count() == 1, qPrintable((result).type() + QStringLiteral(": ") + (result).message())); \
        QCOMPARE((result).terminalCount(), 1);                                                           \
    } while (false)
