#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    // A QGuiApplication for the PDF notice; offscreen needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false"));
    return Catch::Session().run(argc, argv);
}
