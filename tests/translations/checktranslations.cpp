// SPDX-License-Identifier: MIT
// nangoqt-check-translations <file.ts>...: fails (exit 1) when a shipped catalog is not complete —
// a message unfinished or empty, a translation whose %N placeholders or "&" accelerators differ
// from its source — and prints each problem with its context and source. Run by the ctest
// translations_complete on catalogs that lupdate has just brought up to date with the sources.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// "&x" marks an accelerator; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

struct Message
{
    QString context, source, comment, translation;
    bool unfinished = false;
    bool obsolete = false;
};

int check(const QString &path, QTextStream &out, int *messages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << path << ": cannot read: " << file.errorString() << '\n';
        return 1;
    }
    QXmlStreamReader xml(&file);
    int problems = 0;
    QString context;
    Message m;
    auto report = [&](const QString &what) {
        out << path << ": [" << m.context << "] \"" << m.source << '"'
            << (m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment)) << ": " << what << '\n';
        ++problems;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                m = Message{context, {}, {}, {}, false, false};
            else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                m.comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                m.unfinished = type == QLatin1String("unfinished");
                m.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                m.translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++*messages;
            if (m.obsolete)
                report(QStringLiteral("obsolete (no longer in the sources): run the update_translations target"));
            else if (m.unfinished)
                report(QStringLiteral("unfinished"));
            else if (m.translation.trimmed().isEmpty())
                report(QStringLiteral("empty translation"));
            else if (placeholders(m.translation) != placeholders(m.source))
                report(QStringLiteral("placeholders differ: \"%1\"").arg(m.translation));
            else if (accelerators(m.translation) != accelerators(m.source))
                report(QStringLiteral("accelerators (&) differ: \"%1\"").arg(m.translation));
        }
    }
    if (xml.hasError()) {
        out << path << ": not valid XML at line " << xml.lineNumber() << ": " << xml.errorString() << '\n';
        ++problems;
    }
    return problems;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        out << "usage: nangoqt-check-translations <file.ts>...\n";
        return 2;
    }
    int problems = 0;
    for (const QString &path : files) {
        int messages = 0;
        const int found = check(path, out, &messages);
        out << path << ": " << messages << " messages, " << found << " problems\n";
        problems += found;
    }
    out.flush();
    return problems == 0 ? 0 : 1;
}
