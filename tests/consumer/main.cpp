// Built against the *installed* NangoQt package by the package_consumer and package_deb tests.
// NANGOQT_PACKAGE_VERSION: the version find_package(NangoQt) found (NangoQt_VERSION).
#include <NangoQt/NangoAuth>
#include <NangoQt/NangoAuthFlow>
#include <NangoQt/NangoErrorTypes>
#include <NangoQt/NangoQtVersion>
#include <NangoQt/NangoTranslations>
#include <NangoQt/nangoqt_version.h> // also includable on its own

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>

// The version macros agree with each other and with the CMake package, at compile time.
static_assert(NANGOQT_VERSION == NANGOQT_VERSION_CHECK(NANGOQT_VERSION_MAJOR, NANGOQT_VERSION_MINOR, NANGOQT_VERSION_PATCH));
static_assert(NANGOQT_VERSION_CHECK(0, 2, 0) == 0x000200 && NANGOQT_VERSION_CHECK(1, 2, 3) == 0x010203);
#if NANGOQT_VERSION < NANGOQT_VERSION_CHECK(0, 2, 0)
#error "NANGOQT_VERSION is older than the 0.2 this consumer asked find_package for"
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The headers' version is the package's, and the library the app runs against says the same.
    if (std::strcmp(NANGOQT_VERSION_STRING, NANGOQT_PACKAGE_VERSION) != 0
        || NangoQt::versionString() != QLatin1String(NANGOQT_VERSION_STRING) || NangoQt::version() != NANGOQT_VERSION) {
        std::fprintf(stderr, "consumer: version mismatch: headers %s (0x%06x), package %s, library %s (0x%06x)\n",
                     NANGOQT_VERSION_STRING, unsigned(NANGOQT_VERSION), NANGOQT_PACKAGE_VERSION,
                     qPrintable(NangoQt::versionString()), NangoQt::version());
        return 3;
    }
    std::printf("NangoQt %s\n", qPrintable(NangoQt::versionString()));
    NangoAuth nango;
    // No key or token: the flow must fail with missing_auth_token, asynchronously — in English,
    // then, with the installed library's German catalog (issue 16), in German.
    const auto failure = [&app, &nango] {
        QString result;
        const auto connection = QObject::connect(&nango, &NangoAuth::failed, &app, [&result](const QString &type, const QString &message) {
            result = type == QLatin1String(NangoErrorType::MissingAuthToken) ? message : QStringLiteral("<%1>").arg(type);
            QCoreApplication::quit();
        });
        nango.auth(QStringLiteral("github"), QStringLiteral("user-42"));
        QTimer::singleShot(5000, &app, &QCoreApplication::quit);
        app.exec();
        QObject::disconnect(connection);
        return result;
    };
    const QString english = failure();
    if (english.isEmpty() || english.startsWith(QLatin1Char('<')))
        return 2;
    if (!NangoTranslations::availableLanguages().contains(QStringLiteral("de")) || !NangoTranslations::install(QLocale(QLocale::German))) {
        std::fprintf(stderr, "consumer: the installed NangoQt has no German catalog (%s)\n",
                     qPrintable(NangoTranslations::availableLanguages().join(QLatin1Char(' '))));
        return 4;
    }
    const QString german = failure();
    if (german.isEmpty() || german == english) {
        std::fprintf(stderr, "consumer: the message is not German: %s\n", qPrintable(german));
        return 4;
    }
    std::printf("%s\n%s\n", qPrintable(english), qPrintable(german));
    return 0;
}
