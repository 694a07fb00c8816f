// SPDX-License-Identifier: MIT
#include "nangointegrationform.h"

#include "nangomessagewidget_p.h"
#include "nangosecretfield_p.h"

#include <NangoQt/NangoCatalog>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
struct Row
{
    NangoFormField field;
    QLabel *label = nullptr;
    QWidget *container = nullptr;
    QWidget *editor = nullptr; // the line edit or the combo box
    QLabel *error = nullptr;
    std::unique_ptr<NangoSecretField> secret;
};
} // namespace

class NangoIntegrationFormPrivate
{
public:
    std::vector<std::unique_ptr<Row>> rows;
    QList<NangoFormField> built; // the fields the rows show
    QLabel *intro = nullptr;     // "Nothing to enter" when the form connects at once
    bool autoSubmitted = false;
    bool autoConnect = true;
};

NangoIntegrationForm::NangoIntegrationForm(NangoAuth *auth, QWidget *parent)
    : NangoCredentialsForm(NangoAuthMode::ApiKey, auth, parent)
    , d(new NangoIntegrationFormPrivate)
{
    setObjectName(QStringLiteral("NangoIntegrationForm"));
    setAccessibleName(tr("Connect an account", "@title accessible name of a form"));
    setFieldErrorsShownInline(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60); // descriptions wrap in a readable width
    d->intro = new QLabel(this);
    d->intro->setObjectName(QStringLiteral("connectsAtOnceLabel"));
    d->intro->setWordWrap(true);
    d->intro->hide();
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(0, d->intro);
    const auto follow = [this] {
        NangoCredentialsFormModel *m = model();
        connect(m, &NangoCredentialsFormModel::fieldsChanged, this, [this] {
            if (model()->fields() != d->built)
                rebuild();
            else
                updateVisibility();
        });
        connect(m, &NangoCredentialsFormModel::errorTextChanged, this, &NangoIntegrationForm::showFieldError);
        connect(m, &NangoCredentialsFormModel::validationFailed, this, [this](const QString &key) {
            for (const auto &row : d->rows) {
                if (row->field.key() == key)
                    row->editor->setFocus(Qt::OtherFocusReason);
            }
        });
        connect(m, &NangoCredentialsFormModel::valuesChanged, this, [this] {
            for (const auto &row : d->rows) {
                if (auto *combo = qobject_cast<QComboBox *>(row->editor)) {
                    const int i = combo->findText(model()->value(row->field.key()));
                    if (i != combo->currentIndex())
                        combo->setCurrentIndex(i);
                }
            }
        });
    };
    follow();
    connect(this, &NangoCredentialsForm::modelChanged, this, [this, follow] {
        follow();
        rebuild();
    });
    rebuild();
}

NangoIntegrationForm::~NangoIntegrationForm() = default;

NangoCatalog *NangoIntegrationForm::catalog() const { return model()->catalog(); }
void NangoIntegrationForm::setCatalog(NangoCatalog *catalog) { model()->setCatalog(catalog); }

bool NangoIntegrationForm::autoConnect() const { return d->autoConnect; }
void NangoIntegrationForm::setAutoConnect(bool autoConnect)
{
    d->autoConnect = autoConnect;
    updateVisibility();
}

void NangoIntegrationForm::rebuild()
{
    clearFields(); // deletes the rows' widgets
    d->rows.clear();
    NangoCredentialsFormModel *m = model();
    d->built = m->fields();
    QWidget *previous = nullptr;
    for (const NangoFormField &f : std::as_const(d->built)) {
        auto row = std::make_unique<Row>();
        row->field = f;
        const QString key = f.key();
        const QString title = f.title();
        row->label = new QLabel(f.isOptional() ? tr("%1 (optional):", "@label form field").arg(title) : tr("%1:", "@label form field").arg(title), this);
        row->container = new QWidget(this);
        auto *column = new QVBoxLayout(row->container);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        auto *line = new QHBoxLayout;
        line->setSpacing(4);
        column->addLayout(line);
        if (!f.prefix().isEmpty()) {
            auto *prefix = new QLabel(f.prefix(), row->container);
            prefix->setObjectName(key + QStringLiteral("Prefix"));
            line->addWidget(prefix);
        }
        QLineEdit *edit = nullptr;
        if (!f.options().isEmpty()) {
            auto *combo = new QComboBox(row->container);
            combo->setObjectName(key + QStringLiteral("Edit"));
            if (f.isOptional())
                combo->addItem(QString());
            combo->addItems(f.options());
            combo->setCurrentIndex(combo->findText(m->value(key)));
            connect(combo, &QComboBox::currentTextChanged, this, [this, key](const QString &text) { model()->setValue(key, text); });
            row->editor = combo;
            line->addWidget(combo, 1);
        } else if (f.isSecret()) {
            row->secret.reset(new NangoSecretField(row->container, key + QStringLiteral("Edit"), title));
            edit = row->secret->edit;
            row->editor = edit;
            line->addWidget(row->secret->container, 1);
        } else {
            edit = new QLineEdit(row->container);
            edit->setObjectName(key + QStringLiteral("Edit"));
            row->editor = edit;
            line->addWidget(edit, 1);
        }
        if (edit) {
            edit->setPlaceholderText(f.example());
            if (f.maxLength() > 0)
                edit->setMaxLength(f.maxLength() + 1); // one more, so the rule's message can say why
            connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
                // A field refused earlier says at once when it is right.
                if (model()->errorField() == key && model()->checkValue(key, text).isEmpty())
                    showFieldError();
            });
        }
        row->editor->setAccessibleName(title);
        row->editor->setAccessibleDescription(f.description());
        if (!f.suffix().isEmpty()) {
            auto *suffix = new QLabel(f.suffix(), row->container);
            suffix->setObjectName(key + QStringLiteral("Suffix"));
            line->addWidget(suffix);
        }
        if (!f.description().isEmpty()) {
            auto *description = new QLabel(f.description(), row->container);
            description->setObjectName(key + QStringLiteral("Description"));
            description->setWordWrap(true);
            description->setForegroundRole(QPalette::PlaceholderText);
            column->addWidget(description);
        }
        if (!f.docUrl().isEmpty()) {
            auto *doc = new QLabel(row->container);
            doc->setObjectName(key + QStringLiteral("DocLink"));
            doc->setTextFormat(Qt::RichText);
            doc->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(f.docUrl().toHtmlEscaped(), tr("Where to find the %1", "@label link to the provider's guide").arg(title).toHtmlEscaped()));
            doc->setOpenExternalLinks(true);
            doc->setTextInteractionFlags(Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
            doc->setAccessibleName(tr("Guide: where to find the %1").arg(title));
            column->addWidget(doc);
        }
        row->error = new QLabel(row->container);
        row->error->setObjectName(key + QStringLiteral("Error"));
        row->error->setWordWrap(true);
        QPalette errorPalette = row->error->palette();
        errorPalette.setColor(QPalette::WindowText, NangoMessageWidget::errorColor(palette()));
        row->error->setPalette(errorPalette);
        row->error->setAccessibleName(tr("Problem with the %1").arg(title));
        row->error->hide();
        column->addWidget(row->error);

        if (edit) {
            addField(key, row->label, edit, row->container);
        } else {
            row->label->setBuddy(row->editor);
            fieldsLayout()->addRow(row->label, row->container);
        }
        if (previous)
            setTabOrder(previous, row->editor);
        previous = row->secret ? static_cast<QWidget *>(row->secret->show) : row->editor;
        if (row->secret)
            setTabOrder(row->editor, row->secret->show);
        d->rows.push_back(std::move(row));
    }
    if (previous)
        setTabOrder(previous, submitButton());
    updateVisibility();
    showFieldError();
}

void NangoIntegrationForm::updateVisibility()
{
    NangoCredentialsFormModel *m = model();
    for (const auto &row : d->rows)
        fieldsLayout()->setRowVisible(row->container, m->isFieldVisible(row->field.key()));
    const bool atOnce = m->hasSchema() && m->connectsAtOnce();
    const QString intro = !atOnce ? QString()
        : d->autoConnect ? tr("There is nothing to enter: %1 is connected as soon as this form opens.").arg(m->displayName())
                         : tr("There is nothing to enter for %1.").arg(m->displayName());
    d->intro->setText(intro);
    d->intro->setVisible(atOnce);
    if (QWidget *top = window(); resizesWindow() && top != this && top->isVisible() && top->layout())
        top->adjustSize();
}

void NangoIntegrationForm::showFieldError()
{
    NangoCredentialsFormModel *m = model();
    for (const auto &row : d->rows) {
        QString problem;
        if (m->errorField() == row->field.key()) {
            // Cleared as soon as what is typed now passes the rule.
            QString now = m->value(row->field.key());
            if (auto *edit = qobject_cast<QLineEdit *>(row->editor))
                now = edit->text();
            if (!m->checkValue(row->field.key(), now).isEmpty())
                problem = m->errorText();
        }
        row->error->setText(problem);
        row->error->setVisible(!problem.isEmpty());
        row->container->updateGeometry();
        row->editor->setAccessibleDescription(problem.isEmpty() ? row->field.description() : problem);
    }
    // A window that holds only this form (a dialog) grows with what is shown.
    if (QWidget *top = window(); resizesWindow() && top != this && top->isVisible() && top->layout())
        top->adjustSize();
}

void NangoIntegrationForm::showEvent(QShowEvent *event)
{
    NangoCredentialsForm::showEvent(event);
    NangoCredentialsFormModel *m = model();
    if (d->autoConnect && !d->autoSubmitted && m->hasSchema() && m->connectsAtOnce() && !m->isBusy()) {
        d->autoSubmitted = true;
        submit();
    }
}
