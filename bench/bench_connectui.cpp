// SPDX-License-Identifier: MIT
// Connect UI benchmarks (figure 7), against nango-dev-server running as its own process:
//   --native N    N sequential native Connect UIs (NangoConnectDialog): open() → the picker's
//                 list painted with its rows (sample 0 is the process's first: "cold"; the rest
//                 "warm"), then closed.
//   --hosted N    the same step for the dev server's imitation of Nango's hosted Connect UI in
//                 QtWebEngine: a QWebEngineView created and pointed at the connect link → the
//                 picker's first integration painted (sample 0 cold: WebEngine's start-up
//                 included; the rest warm, each in a fresh view).
//   --search N [--integrations K]  the native picker over K generated integrations (default
//                 500): N keystrokes in its search field (a letter, then Backspace, in turns) →
//                 the filtered list painted.
//
// "Painted": the end of the list viewport's paint event that shows the rows (native), or the
// animation frame after the first `.integration` element appeared (the page's own clock, read
// back with runJavaScript(); performance.timeOrigin ties it to the wall clock).
#include "benchcommon.h"

#include <NangoQt/NangoAuth>
#include <NangoQt/NangoConnectDialog>
#include <NangoQt/NangoConnectUIModel>

#include <QAbstractItemModel>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QTemporaryFile>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <chrono>

using namespace Bench;

namespace {

double wallMs()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

/// Records when the watched viewport has finished a paint while its model has rows.
class PaintWatcher : public QObject
{
public:
    QElapsedTimer *clock = nullptr;
    const QAbstractItemModel *model = nullptr;
    qint64 paintedNs = -1;
    bool armed = false;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && armed && model && model->rowCount() > 0) {
            // Let the view paint first, then take the time: the filter runs before it.
            armed = false;
            auto *w = static_cast<QWidget *>(o);
            w->removeEventFilter(this);
            QCoreApplication::sendEvent(w, e);
            paintedNs = clock->nsecsElapsed();
            w->installEventFilter(this);
            return true;
        }
        return false;
    }
};

QListView *pickerList(NangoConnectDialog *dialog)
{
    const QList<QListView *> lists = dialog->findChildren<QListView *>();
    for (QListView *l : lists) {
        if (l->model() && l->isVisible())
            return l;
    }
    return lists.value(0);
}

/// open() → the picker's list painted with rows, in ms; -1 when it did not come within 30 s.
double measureNativeOpen(NangoAuth &nango, NangoConnectDialog **keep = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    auto *dialog = new NangoConnectDialog(&nango);
    dialog->resize(480, 600);
    dialog->open();
    PaintWatcher watcher;
    watcher.clock = &clock;
    QListView *list = nullptr;
    waitUntil([&] {
        if (watcher.paintedNs >= 0)
            return true;
        if (!list && dialog->model()->screen() == NangoConnectUIModel::Screen::Picker) {
            list = pickerList(dialog);
            if (list) {
                watcher.model = list->model();
                watcher.armed = true;
                list->viewport()->installEventFilter(&watcher);
                list->viewport()->update();
            }
        }
        return false;
    }, 30000);
    const double ms = watcher.paintedNs >= 0 ? double(watcher.paintedNs) / 1e6 : -1;
    if (list)
        list->viewport()->removeEventFilter(&watcher);
    if (keep) {
        *keep = dialog;
    } else {
        dialog->model()->close();
        delete dialog;
    }
    return ms;
}

/// The connect link's page in a fresh view → the first integration painted, in ms; -1 on timeout.
double measureHostedOpen(const QUrl &link)
{
    const double t0 = wallMs();
    auto *view = new QWebEngineView;
    view->resize(480, 600);
    view->show();
    view->setUrl(link);
    double painted = -1;
    bool inFlight = false;
    // The page records its own paint time: a MutationObserver sees the first .integration,
    // two animation frames later it is on screen.
    const QString probe = QStringLiteral(
        "(function () {"
        "  if (window.__benchPainted) return performance.timeOrigin + window.__benchPainted;"
        "  if (!window.__benchHooked && document.documentElement) {"
        "    window.__benchHooked = true;"
        "    var mark = function () { requestAnimationFrame(function () { requestAnimationFrame(function () {"
        "      window.__benchPainted = performance.now(); }); }); };"
        "    if (document.querySelector('.integration')) { mark(); }"
        "    else { var o = new MutationObserver(function () { if (document.querySelector('.integration')) { o.disconnect(); mark(); } });"
        "           o.observe(document.documentElement, {childList: true, subtree: true}); }"
        "  }"
        "  return 0; })()");
    waitUntil([&] {
        if (painted >= 0)
            return true;
        if (!inFlight && view->page()->url().path().startsWith(QLatin1String("/connect"))) {
            inFlight = true;
            view->page()->runJavaScript(probe, [&](const QVariant &v) {
                inFlight = false;
                if (v.toDouble() > 0)
                    painted = v.toDouble() - t0;
            });
        }
        return false;
    }, 30000);
    delete view;
    return painted;
}

/// A dev-server config with @p count integrations over the sample's providers.
bool writeManyIntegrations(QTemporaryFile *file, int count, QString *error)
{
    QFile sample(QStringLiteral(NANGOQT_BENCH_INTEGRATIONS));
    if (!sample.open(QIODevice::ReadOnly)) {
        *error = sample.errorString();
        return false;
    }
    QJsonObject config = QJsonDocument::fromJson(sample.readAll()).object();
    const QJsonArray base = config.value(QLatin1String("integrations")).toArray();
    static const char *const words[] = {"Acme", "Blue", "Cloud", "Delta", "Echo", "Forge", "Giga", "Harbor",
                                        "Iris", "Jade", "Kite", "Lumen", "Metro", "Nova", "Orbit", "Pixel"};
    QJsonArray many;
    for (int i = 0; i < count; ++i) {
        QJsonObject o = base.at(i % base.size()).toObject();
        const QString word = QString::fromLatin1(words[i % 16]);
        o.insert(QStringLiteral("unique_key"), QStringLiteral("%1-%2").arg(word.toLower()).arg(i));
        o.insert(QStringLiteral("display_name"), QStringLiteral("%1 %2").arg(word).arg(i));
        many.append(o);
    }
    config.insert(QStringLiteral("integrations"), many);
    if (!file->open()) {
        *error = file->errorString();
        return false;
    }
    file->write(QJsonDocument(config).toJson(QJsonDocument::Compact));
    file->flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString tag = arg(args, QStringLiteral("--tag"), QStringLiteral("offscreen"));
    const QJsonObject extra{{QStringLiteral("platform"), tag}};

    QTemporaryFile manyConfig;
    QString config = QStringLiteral(NANGOQT_BENCH_INTEGRATIONS);
    QString error;
    const int integrations = arg(args, QStringLiteral("--integrations"), QStringLiteral("500")).toInt();
    if (args.contains(QStringLiteral("--search"))) {
        if (!writeManyIntegrations(&manyConfig, integrations, &error))
            qFatal("%s", qPrintable(error));
        config = manyConfig.fileName();
    }
    ServerProcess server;
    if (!server.start(arg(args, QStringLiteral("--server"), QStringLiteral(NANGOQT_BENCH_DEVSERVER)), config, &error))
        qFatal("%s", qPrintable(error));

    NangoAuth nango;
    nango.setHost(server.url);
    nango.setConnectSessionToken(server.sessionToken);

    if (args.contains(QStringLiteral("--native"))) {
        const int n = arg(args, QStringLiteral("--native"), QStringLiteral("10")).toInt();
        QList<double> cold, warm;
        for (int i = 0; i < n; ++i) {
            const double ms = measureNativeOpen(nango);
            if (ms < 0) {
                qWarning("the native picker was not painted within 30 s");
                return 1;
            }
            (i == 0 ? cold : warm) << ms;
            settle(100);
        }
        emitSamples(QStringLiteral("connectui.native_open.cold.%1").arg(tag), QStringLiteral("ms"), cold, extra);
        if (!warm.isEmpty())
            emitSamples(QStringLiteral("connectui.native_open.warm.%1").arg(tag), QStringLiteral("ms"), warm, extra);
        return 0;
    }

    if (args.contains(QStringLiteral("--hosted"))) {
        const int n = arg(args, QStringLiteral("--hosted"), QStringLiteral("5")).toInt();
        QUrl link(server.url);
        link.setPath(QStringLiteral("/connect/"));
        link.setQuery(QStringLiteral("session_token=%1&apiURL=%2")
                          .arg(server.sessionToken, QString::fromUtf8(QUrl::toPercentEncoding(server.url.toString()))));
        QList<double> cold, warm;
        for (int i = 0; i < n; ++i) {
            const double ms = measureHostedOpen(link);
            if (ms < 0) {
                qWarning("the hosted imitation's picker was not painted within 30 s");
                return 1;
            }
            (i == 0 ? cold : warm) << ms;
            settle(300);
        }
        emitSamples(QStringLiteral("connectui.hosted_open.cold.%1").arg(tag), QStringLiteral("ms"), cold, extra);
        if (!warm.isEmpty())
            emitSamples(QStringLiteral("connectui.hosted_open.warm.%1").arg(tag), QStringLiteral("ms"), warm, extra);
        return 0;
    }

    if (args.contains(QStringLiteral("--search"))) {
        const int n = arg(args, QStringLiteral("--search"), QStringLiteral("60")).toInt();
        NangoConnectDialog *dialog = nullptr;
        if (measureNativeOpen(nango, &dialog) < 0)
            qFatal("the native picker was not painted within 30 s");
        QListView *list = pickerList(dialog);
        const int rows = list->model()->rowCount();
        if (rows != integrations)
            qFatal("the picker lists %d integrations, expected %d", rows, integrations);
        auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!search)
            qFatal("the picker's search field does not have the focus");
        QList<double> samples;
        int shownAfterLetter = -1;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer clock;
            PaintWatcher watcher;
            watcher.clock = &clock;
            watcher.model = list->model();
            watcher.armed = true;
            list->viewport()->installEventFilter(&watcher);
            const bool letter = i % 2 == 0;
            const int key = letter ? Qt::Key_N : Qt::Key_Backspace;
            const QString text = letter ? QStringLiteral("n") : QString();
            clock.start();
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
            QCoreApplication::sendEvent(search, &press);
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
            QCoreApplication::sendEvent(search, &release);
            waitUntil([&] { return watcher.paintedNs >= 0; }, 10000);
            list->viewport()->removeEventFilter(&watcher);
            if (watcher.paintedNs < 0)
                qFatal("no paint of the filtered list within 10 s");
            if (letter)
                shownAfterLetter = list->model()->rowCount();
            samples << double(watcher.paintedNs) / 1e6;
            settle(20);
        }
        QJsonObject e = extra;
        e.insert(QStringLiteral("integrations"), rows);
        e.insert(QStringLiteral("rows_after_letter"), shownAfterLetter);
        emitSamples(QStringLiteral("connectui.search.%1").arg(tag), QStringLiteral("ms"), samples, e);
        dialog->model()->close();
        delete dialog;
        return 0;
    }
    std::fprintf(stderr, "usage: nangoqt-bench-connectui --native N | --hosted N | --search N [--integrations K]\n");
    return 2;
}
