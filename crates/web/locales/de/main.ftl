## Seitenrahmen
site-name = Twinning
language-name = Deutsch
og-locale = de_DE
skip-to-content = Zum Inhalt springen
language-switcher = Sprache
breadcrumbs = Sie sind hier
footer-about = Twinning – Open-Source-Software für Städtepartnerschaftsprojekte.
footer-api = Offene Daten: die API und ihre Beschreibung

## Fehler
error-field = Das Problem betrifft:
error-home-link = Zur Startseite
error-400-help = Mit der Adresse stimmt etwas nicht. Bitte prüfen Sie sie und versuchen Sie es erneut.
error-404-help = Unter dieser Adresse gibt es nichts. Vielleicht wurde sie falsch eingegeben oder die Seite ist umgezogen.
error-405-help = Diese Adresse kann nicht auf diese Weise verwendet werden.
error-500-help = Bei uns ist etwas schiefgegangen. Der Fehler wurde protokolliert; bitte versuchen Sie es später noch einmal.
error-503-help = Der Dienst kann seine Datenbank gerade nicht erreichen. Bitte versuchen Sie es in ein paar Minuten noch einmal.
error-route-not-found = Seite nicht gefunden
error-route-method-not-allowed = Nicht erlaubt
error-project-not-found = Projekt nicht gefunden
error-event-not-found = Treffen nicht gefunden
error-item-not-found = Programmpunkt nicht gefunden
error-town-not-found = Stadt nicht gefunden
error-venue-not-found = Veranstaltungsort nicht gefunden
error-query-lang-invalid = Unbekannte Sprache
error-query-lang-repeated = Sprache doppelt angegeben
error-request-too-large = Zu viele Daten
error-request-timeout = Das hat zu lange gedauert
error-408-help = Die Antwort hat zu lange gedauert. Bitte versuchen Sie es noch einmal.
error-413-help = Die gesendeten Daten sind größer, als diese Adresse annimmt.
error-server-error = Serverfehler
error-server-database-unavailable = Vorübergehend nicht verfügbar

## Startseite
home-title = Städtepartnerschaftsprojekte
home-intro = Partnerstädte, ihre Treffen und Programme – und die Menschen, die sie zusammenbringen.
home-projects = Projekte
home-no-projects = Es wurden noch keine Projekte veröffentlicht.

## Projekte
project-period = Laufzeit
project-status = Status
project-lead = Federführender Partner
project-all-partners = Alle Partner
project-events = Treffen
project-twinnings = Vereinbarungen zwischen den Partnerstädten
funding-programme = Förderprogramm
funding-strand = Aktionsbereich
funding-measure = Maßnahme
status-planned = Geplant
status-running = Laufend
status-completed = Abgeschlossen
status-cancelled = Abgesagt
partner-count = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
} aus { $countries ->
    [one] { $countries } Land
   *[other] { $countries } Ländern
}
role-lead = Federführender Partner
role-partner = Partner
role-associated = Assoziierter Partner

## Partner
partners-title = Partner
partners-caption = Die Partnerstädte des Projekts und ihre Rollen
partners-town = Stadt
partners-country = Land
partners-role = Rolle
partners-organisation = Im Auftrag der Stadt
illustrative-badge = Zur Veranschaulichung:
illustrative-mark = beispielhaft
illustrative-time-title = Die Uhrzeit ist nur beispielhaft: Die Quelle nennt nur den Tag.

## Städtepartnerschaften
twinning-twin = Partnerstädte
twinning-partnership = Partnerschaft
twinning-friendship = Freundschaftsvereinbarung
twinning-memorandum_of_cooperation = Memorandum über die Zusammenarbeit
twinning-between = { $kind }: { $a } und { $b }
twinning-between-since = { $kind }: { $a } und { $b }, { $since }
twinning-since = seit dem { $date }
twinning-signed-at = beim Treffen unterzeichnet
twinning-document = Dokument

## Treffen
event-dates = Zeitraum
event-host = Gastgeberstadt
event-zone = Zeitzone
event-days = Tag für Tag
event-venues = Veranstaltungsorte
event-see-programme = Zum Programm

## Programm
programme-title = Programm
programme-description = Das Programm Tag für Tag: { $event }.
programme-ics = Zum Kalender hinzufügen (.ics)
programme-days-nav = Tage
programme-day-empty = Für diesen Tag ist noch nichts geplant.
programme-day-number = Tag { $number }
programme-item-count = { $count ->
    [one] { $count } Programmpunkt
   *[other] { $count } Programmpunkte
}
item-capacity = { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
item-when = Wann
item-where = Wo
item-audience = Für wen
item-hosts = Leitung und Vortragende
item-languages = Sprachen
item-event = Teil von
audience-delegates = Delegationen
audience-public = Öffentlich zugänglich

kind-arrival = Anreise
kind-sightseeing = Besichtigung
kind-official_meeting = Offizielles Treffen
kind-presentation = Präsentation
kind-signing = Unterzeichnung
kind-conference = Konferenz
kind-lecture = Vortrag
kind-debate = Diskussion
kind-group_work = Gruppenarbeit
kind-workshop = Workshop
kind-cultural_evening = Kulturabend
kind-meal = Essen
kind-excursion = Ausflug
kind-visit = Besuch
kind-ceremony = Festakt
kind-evaluation = Auswertung
kind-departure = Abreise
kind-free_time = Freizeit

## Städte und Veranstaltungsorte
town-description = { $town }, { $country }: Partnerschaften und Projekte.
town-country = Land
town-region = Region
town-population = Einwohnerzahl
town-location = Lage
town-website = Website
town-twinnings = Partnerschaften und Vereinbarungen
town-no-twinnings = Für diese Stadt sind keine Partnerschaften verzeichnet.
town-projects = Projekte
town-no-projects = Diese Stadt nimmt hier noch an keinem Projekt teil.
town-organisations = Im Auftrag der Stadt
venue-map = Karte
venue-address = Adresse
venue-town = Stadt
venue-coordinates = Koordinaten
venue-accessibility = Barrierefreiheit
venue-held-here = Hier findet statt
venue-nothing-held = Hier ist nichts geplant.

## Datumsangaben (Tag, Monat und Jahr sind Zahlen; Monat und Wochentag sind die Namen unten)
date-day-heading = { $weekday }, { $day }. { $month }
date-long = { $day }. { $month } { $year }
date-range-month = { $start }.–{ $end }. { $month } { $year }
date-range = { $start } – { $end }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag

## Sprachen (von Programmpunkten)
lang-en = Englisch
lang-lv = Lettisch
lang-ltg = Lettgallisch
lang-lt = Litauisch
lang-pl = Polnisch
lang-de = Deutsch
lang-sv = Schwedisch
lang-sr = Serbisch
lang-sr-Cyrl = Serbisch (kyrillisch)
lang-sr-Latn = Serbisch (lateinisch)
lang-it = Italienisch
lang-ru = Russisch
lang-fr = Französisch
lang-es = Spanisch

## Länder
country-AL = Albanien
country-AT = Österreich
country-BA = Bosnien und Herzegowina
country-BE = Belgien
country-BG = Bulgarien
country-BY = Belarus
country-CH = Schweiz
country-CY = Zypern
country-CZ = Tschechien
country-DE = Deutschland
country-DK = Dänemark
country-EE = Estland
country-ES = Spanien
country-FI = Finnland
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-GR = Griechenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IS = Island
country-IT = Italien
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MD = Moldau
country-ME = Montenegro
country-MK = Nordmazedonien
country-MT = Malta
country-NL = Niederlande
country-NO = Norwegen
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-RS = Serbien
country-SE = Schweden
country-SI = Slowenien
country-SK = Slowakei
country-TR = Türkei
country-UA = Ukraine
country-XK = Kosovo

## Anmeldung und Kontoseite
signin-title = Anmelden
signin-submit = Anmelden
signin-forgot = Passwort vergessen?
signin-too-many = Zu viele fehlgeschlagene Versuche. Zum Schutz Ihres Kontos warten Sie bitte { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} und versuchen Sie es dann erneut.
signout-submit = Abmelden
field-email = E-Mail-Adresse
field-password = Passwort
field-name = Name
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort
field-token-name = Wofür der Token gedacht ist
password-hint = Mindestens 10 Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein sicheres Passwort, das man sich leicht merken kann.
form-error-summary = Bitte korrigieren Sie Folgendes
form-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.org ein.
form-password-required = Geben Sie Ihr Passwort ein.
form-signin-wrong = E-Mail-Adresse oder Passwort ist nicht richtig.
form-password-current-wrong = Ihr aktuelles Passwort ist nicht richtig.
form-password-too-short = Das Passwort muss mindestens 10 Zeichen lang sein.
form-password-too-long = Das Passwort darf höchstens 1024 Zeichen lang sein.
form-token-name-invalid = Beschreiben Sie in wenigen Worten, wofür der Token gedacht ist (höchstens 120 Zeichen).
form-name-invalid = Geben Sie einen Namen mit höchstens 120 Zeichen ein.
account-title = Ihr Konto
account-roles = Ihre Projekte
account-no-roles = Sie haben noch keine Rolle in einem Projekt. Das Organisationsteam eines Projekts kann Sie einladen.
account-password = Passwort ändern
account-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Auf allen anderen Geräten wurden Sie abgemeldet.
account-sessions = Wo Sie angemeldet sind
account-sessions-caption = Ihre Sitzungen, zuletzt genutzte zuerst
account-device = Browser oder Gerät
account-last-seen = Zuletzt genutzt
account-actions = Aktionen
account-this-session = Diese Sitzung
account-end-session = Dort abmelden
account-session-ended = Die Sitzung wurde beendet.
account-unknown-device = Unbekannter Browser
account-tokens = API-Tokens
account-tokens-help = Mit einem Token kann ein Skript die API mit Ihren Berechtigungen nutzen. Halten Sie ihn geheim und widerrufen Sie ihn, sobald er nicht mehr gebraucht wird.
account-tokens-caption = Ihre API-Tokens
account-token-create = Token erstellen
account-token-created = Ihr neuer Token ist bereit.
account-token-once = Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.
account-token-revoked = Der Token wurde widerrufen.
account-created = Erstellt
account-last-used = Zuletzt genutzt
account-never-used = nie
account-revoked = widerrufen
account-revoke = Widerrufen
member-role-organiser = Organisationsteam
member-role-coordinator = Koordination Partnerstadt
member-role-participant = Teilnehmende
admin-title = Verwaltung der Instanz
error-session-not-found = Sitzung nicht gefunden
error-token-not-found = Token nicht gefunden
error-request-cross-site = Anfrage abgelehnt
error-403-help = Diese Anfrage wurde abgelehnt. Wenn Sie einem Link von einer anderen Website gefolgt sind, öffnen Sie diese Seite bitte direkt und versuchen Sie es erneut.
error-form-invalid = Das Formular konnte nicht gelesen werden

## Verwaltungsbereich: Projekte, Personen, Einladungen, Änderungsprotokoll, Administration
manage-title = Verwaltungsbereich
manage-your-role = Ihre Rolle:
manage-public-page = Öffentliche Seite des Projekts
field-role = Rolle
field-town = Partnerstadt
people-title = Personen und Rollen
people-caption = Alle Personen mit einer Rolle in diesem Projekt
people-change-role = Ändern
people-revoke = Aus dem Projekt entfernen
people-invite = Jemanden einladen
people-invite-help = Die Person erhält eine E-Mail mit einem Link, der 14 Tage lang einmal verwendet werden kann. Damit legt sie ein Konto an oder nutzt ihr bestehendes.
people-town-hint = Für die Koordination einer Partnerstadt: die Stadt, deren Delegation angemeldet wird.
people-invite-submit = Einladung senden
people-invited = Die Einladung wurde gesendet.
people-role-changed = Die Rolle wurde geändert.
people-revoked = Die Person hat keine Rolle mehr in diesem Projekt.
form-role-invalid = Wählen Sie eine Rolle.
form-role-town-required = Die Koordination ist immer einer Partnerstadt zugeordnet: Bitte wählen Sie die Stadt aus.
form-invitation-account-exists = Für diese Adresse gibt es bereits ein Konto. Melden Sie sich zuerst an und öffnen Sie dann die Einladung erneut.
form-account-unknown = Für diese Adresse gibt es kein Konto.
form-project-unknown = Wählen Sie ein Projekt.
audit-title = Änderungsprotokoll
audit-empty = Bisher wurde nichts geändert.
audit-caption = Wer was geändert hat, neueste Einträge zuerst
audit-when = Wann
audit-who = Wer
audit-what = Was
audit-target = Betrifft
audit-system = das System
audit-account-create = Konto angelegt
audit-account-create_admin = Administrationskonto angelegt
audit-account-password_change = Passwort geändert
audit-account-password_reset = Passwort zurückgesetzt
audit-role-set = Rolle vergeben
audit-role-revoke = Rolle entzogen
audit-invitation-create = Einladung gesendet
audit-invitation-accept = Einladung angenommen
audit-token-create = API-Token erstellt
audit-token-revoke = API-Token widerrufen
invitation-title = Einladung
invitation-project = Projekt
invitation-expires = Gültig bis
invitation-signed-in-as = Sie sind angemeldet als
invitation-accept = Einladung annehmen
invitation-new-account = Konto anlegen
invitation-create-and-accept = Konto anlegen und Einladung annehmen
invitation-have-account = Sie haben schon ein Konto?
admin-accounts = Konten
admin-accounts-caption = Alle Konten dieser Instanz
admin-grant = Jemanden ins Organisationsteam aufnehmen
admin-grant-submit = Ins Organisationsteam aufnehmen
admin-organiser-granted = Das Konto gehört jetzt zum Organisationsteam des Projekts.
admin-mail = E-Mail-Postausgang
admin-mail-empty = Es wurde noch keine E-Mail gesendet.
admin-mail-caption = Die neuesten Nachrichten zuerst
admin-mail-to = An
admin-mail-subject = Betreff
admin-mail-status = Status
admin-mail-sent = gesendet um
admin-mail-waiting = { $attempts ->
    [0] wartet
    [one] wartet, { $attempts } fehlgeschlagener Versuch
   *[other] wartet, { $attempts } fehlgeschlagene Versuche
}
error-auth-forbidden = Nicht erlaubt
error-409-help = Durch diese Änderung entstünde ein Zustand, der nicht zulässig ist.
error-member-not-found = Person in diesem Projekt nicht gefunden
error-invitation-invalid = Diese Einladung kann nicht verwendet werden
error-mail-not-found = Nachricht nicht gefunden
error-role-last-organiser = Ein Projekt braucht mindestens eine Person im Organisationsteam
mail-invitation-subject = Einladung: { $project }
mail-invitation-body =
    Guten Tag,

    { $inviter } lädt Sie ein, in der Rolle „{ $role }“ am Projekt „{ $project }“ auf Twinning mitzuwirken.

    Um die Einladung anzunehmen, öffnen Sie bitte diesen Link (er kann einmal verwendet werden und gilt bis zum { $date }):
    { $link }

    Falls Sie diese Einladung nicht erwartet haben, können Sie diese Nachricht einfach ignorieren.

## Passwort zurücksetzen
reset-title = Passwort zurücksetzen
reset-help = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
reset-submit = Link senden
reset-sent = Falls es für diese Adresse ein Konto gibt, ist ein Link zum Wählen eines neuen Passworts unterwegs. Er kann eine Stunde lang einmal verwendet werden.
reset-new-title = Neues Passwort wählen
reset-new-submit = Neues Passwort speichern
reset-done = Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.
error-reset-invalid = Dieser Link kann nicht verwendet werden
admin-mail-retry = Jetzt erneut versuchen
mail-reset-subject = Ihr Twinning-Passwort zurücksetzen
mail-reset-body =
    Guten Tag { $name },

    jemand hat angefordert, das Passwort Ihres Twinning-Kontos zurückzusetzen. Um ein neues Passwort zu wählen, öffnen Sie bitte innerhalb { $minutes ->
        [one] einer Minute
       *[other] von { $minutes } Minuten
    } diesen Link (er kann einmal verwendet werden):
    { $link }

    Falls Sie das nicht waren, ignorieren Sie diese Nachricht einfach: Ihr Passwort bleibt unverändert.

## Übersetzung der Projektinhalte
translations-title = Übersetzungen
translations-help = Wie viel vom Inhalt des Projekts in jeder seiner Sprachen vorliegt. Fehlt ein Text, zeigen die Seiten ihn in der Hauptsprache des Projekts an, ersatzweise auf Englisch, und kennzeichnen ihn entsprechend.
translations-caption = Felder mit Text, nach Art des Inhalts und Sprache
translations-what = Inhalt
translations-all = Alle Inhalte
translations-cell = { $done } / { $total }
translations-files = Dateien für die Übersetzung
translations-files-help = Laden Sie die Texte als XLIFF-Datei herunter, die Übersetzungsprogramme öffnen können; laden Sie die übersetzte Datei hoch, um die Texte zu übernehmen. Sie sehen dann, was sich geändert hat.
translations-download-missing = Fehlende Texte herunterladen (XLIFF)
translations-download-all = Alles herunterladen
translations-upload = Übersetzte XLIFF-Datei
translations-upload-submit = Hochladen und übernehmen
translations-add-language = Sprache hinzufügen
translations-language-code = Sprachcode
translations-language-code-hint = Zum Beispiel de, sv, sr-Latn oder it.
translations-add-language-submit = Sprache hinzufügen
translations-language-added = Die Sprache wurde dem Projekt hinzugefügt.
translations-editor-help = Jedes Feld zeigt seinen Text in der Hauptsprache des Projekts; schreiben Sie die Übersetzung darunter. Wenn Sie ein Feld leeren, wird seine Übersetzung entfernt.
translations-save = Übersetzungen speichern
translations-changed = Was sich geändert hat
translations-removed = Entfernte Übersetzungen:
translations-report = { $changed ->
    [one] { $changed } Text geändert
   *[other] { $changed } Texte geändert
}, { $removed } entfernt, { $unchanged } unverändert, { $rejected } abgelehnt.
translations-unknown-field = { $id }: Dieses Feld gibt es in diesem Projekt nicht.
translations-group-project = Projekt
translations-group-partner = Partner
translations-group-event = Treffen
translations-group-item = Programmpunkt
translations-group-venue = Veranstaltungsort
translations-group-town = Stadt
translations-group-organisation = Organisation
translations-group-twinning = Vereinbarung zwischen Städten
translations-field-title = Titel
translations-field-aims = Ziele
translations-field-programme = Förderprogramm
translations-field-strand = Aktionsbereich
translations-field-measure = Maßnahme
translations-field-label = Linktext
translations-field-illustrative = Hinweis zu beispielhaften Angaben
translations-field-description = Beschreibung
translations-field-hosts = Leitung und Vortragende
translations-field-name = Name
translations-field-accessibility = Barrierefreiheit
translations-field-region = Region
form-text-too-long = Der Text ist zu lang.
form-text-required = Dieser Text wird in mindestens einer Sprache benötigt.
form-text-control-character = Der Text enthält ein unsichtbares Steuerzeichen; bitte entfernen Sie es.
error-language-not-in-project = Diese Sprache gehört nicht zu den Sprachen des Projekts
error-xliff-malformed = Die Datei ist keine lesbare XLIFF-Datei
error-xliff-wrong-language = Die Datei ist für eine andere Sprache bestimmt
error-xliff-empty = Die Datei enthält keine Texte
error-xliff-upload = Die Datei konnte nicht empfangen werden
error-lang-invalid = Kein gültiger Sprachcode
error-422-help = Die Daten konnten nicht verwendet werden. Bitte gehen Sie zurück, prüfen Sie sie und versuchen Sie es erneut.

## Programmprüfung
checks-title = Programmprüfung
checks-intro = Was ein erfahrenes Organisationsteam vor der Veröffentlichung noch einmal prüft. Dies sind Warnungen, keine Fehler: Das Programm kann trotzdem veröffentlicht werden.
checks-none = Keine Warnungen: Das Programm wirkt stimmig.
checks-count = { $count ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}
check-outside-event = „{ $item }“ liegt an einem Tag außerhalb des Zeitraums des Treffens.
check-venue-double-booked = „{ $first }“ und „{ $second }“ nutzen gleichzeitig denselben Veranstaltungsort: { $venue }.
check-delegates-overlap = „{ $first }“ und „{ $second }“ sind beide für alle Delegationen vorgesehen und überschneiden sich zeitlich.
check-too-little-travel = Von „{ $first }“ zu „{ $second }“ sind es { $km } km { $mode }: Dafür braucht man etwa { $needed ->
    [one] { $needed } Minute
   *[other] { $needed } Minuten
}, aber dazwischen { $available ->
    [one] liegt nur { $available } Minute
   *[other] liegen nur { $available } Minuten
}.
check-public-without-capacity = „{ $item }“ ist öffentlich zugänglich, hat aber keine Angabe zur Zahl der Plätze, daher lassen sich die Anmeldungen nicht begrenzen.
check-mode-walk = zu Fuß
check-mode-coach = mit dem Reisebus

programme-last-changed = Zuletzt geändert: { $date }

## Programm bearbeiten
manage-programme-for = Programm: { $event }
items-new = Programmpunkt hinzufügen
items-saved = Der Programmpunkt wurde gespeichert.
items-deleted = Der Programmpunkt wurde gelöscht.
items-field-slug = Kurzname für die Adresse
items-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel besuch-der-festung. Der Kurzname kann später nicht mehr geändert werden.
items-field-title = Titel
items-when = Wann
items-field-starts = Beginn
items-field-ends = Ende
items-field-kind = Art
items-field-capacity = Plätze
items-capacity-hint = Lassen Sie das Feld leer, wenn es keine Begrenzung gibt. Öffentlich zugängliche Programmpunkte sollten eine Zahl der Plätze haben.
items-field-venues = Veranstaltungsorte
items-field-description = Beschreibung
items-languages-hint = Sprachcodes, durch Kommas getrennt, zum Beispiel lv, en.
items-save = Speichern
items-duplicate = Duplizieren
items-delete = Löschen
items-public-page = Öffentliche Seite des Programmpunkts
form-slug-invalid = Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern und einzelne Bindestriche.
form-item-slug-taken = Ein anderer Programmpunkt dieses Treffens hat bereits diesen Kurznamen.
form-time-invalid = Geben Sie ein Datum und eine Uhrzeit ein.
form-time-nonexistent = Diese Uhrzeit gibt es in der Zeitzone des Treffens nicht (die Uhren springen darüber hinweg).
form-item-ends-before-start = Der Programmpunkt muss nach seinem Beginn enden.
form-kind-invalid = Wählen Sie eine Art.
form-audience-invalid = Wählen Sie, für wen der Programmpunkt gedacht ist.
form-capacity-invalid = Geben Sie eine ganze Zahl von Plätzen ein, mindestens 1, oder lassen Sie das Feld leer.
form-lang-invalid = Verwenden Sie Sprachcodes wie lv, en oder sr-Latn.
form-venue-unknown = Wählen Sie Veranstaltungsorte aus der Liste.
form-item-capacity-zero = Die Zahl der Plätze ist mindestens 1; lassen Sie das Feld leer, wenn es keine Begrenzung gibt.

## Programm veröffentlichen
programme-changes = { $added } hinzugefügt, { $changed } geändert, { $removed } entfernt
publish-never = Entwurf: Die Öffentlichkeit sieht kein Programm, bis Sie es veröffentlichen.
publish-up-to-date = Als Version { $version } veröffentlicht; die Öffentlichkeit sieht genau diesen Stand.
publish-pending = { $count ->
    [one] { $count } Änderung seit Version { $version } ist noch nicht öffentlich.
   *[other] { $count } Änderungen seit Version { $version } sind noch nicht öffentlich.
}
publish-submit = Programm veröffentlichen
publish-done = Das Programm wurde veröffentlicht. Die öffentliche Seite und die Kalender zeigen es ab sofort.
publish-nothing = Nichts zu veröffentlichen: Die Öffentlichkeit sieht dieses Programm bereits.
audit-programme-publish = Programm veröffentlicht
audit-item-create = Programmpunkt hinzugefügt
audit-item-update = Programmpunkt geändert
audit-item-duplicate = Programmpunkt dupliziert
audit-item-delete = Programmpunkt gelöscht
audit-translation-update = Übersetzungen geändert
audit-project-language_add = Sprache hinzugefügt

## Treffen kopieren
events-clone = Dieses Treffen kopieren
events-clone-help = Übernehmen Sie sein Programm als Ausgangspunkt für das nächste Treffen: Jeder Programmpunkt verschiebt sich mit dem neuen ersten Tag. Die Kopie ist ein Entwurf, bis Sie sie veröffentlichen.
events-clone-slug = Kurzname des neuen Treffens
events-clone-start = Erster Tag des neuen Treffens
events-clone-submit = Kopieren
events-cloned = Das Treffen wurde kopiert. Sein Programm ist ein Entwurf, bis Sie es veröffentlichen.
form-event-slug-taken = Das Projekt hat bereits ein Treffen mit diesem Kurznamen.
form-date-invalid = Geben Sie ein Datum ein.
audit-event-clone = Treffen kopiert

## Ein Projekt einrichten (Verwaltungsbereich)
setup-new-title = Projekt anlegen
setup-new-intro = Ein Projekt ist eine Städtepartnerschaftsinitiative mit ihren Partnerstädten, ihren Treffen und deren Programmen. Sie sind die erste Person im Organisationsteam, und Ihre Stadt ist der federführende Partner. Alles lässt sich später ändern.
setup-create = Projekt anlegen
setup-created = Das Projekt wurde angelegt. Als Nächstes: Fügen Sie die Partnerstädte, die Veranstaltungsorte und das erste Treffen hinzu.
setup-saved = Die Angaben zum Projekt wurden gespeichert.
setup-settings-title = Angaben zum Projekt
setup-settings-intro = Texte werden in der Hauptsprache des Projekts eingegeben; über die Übersetzungsseiten gelangen sie in die anderen Sprachen.
setup-field-slug = Kurzname für die Adresse
setup-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel unity-in-diversity. Der Kurzname erscheint in jeder Adresse des Projekts und kann später nicht mehr geändert werden.
setup-field-acronym = Akronym
setup-acronym-hint = So, wie der Fördergeber das Projekt kennt, zum Beispiel TTChan (bis zu 40 Zeichen).
setup-field-aims = Ziele
setup-field-lead-town = Stadt des federführenden Partners
setup-lead-town-hint = Ihre eigene Stadt. Wenn sie nicht in der Liste steht, lassen Sie „Nicht in der Liste“ ausgewählt und geben Sie unten ihren Namen und ihr Land an.
setup-town-not-listed = Nicht in der Liste
setup-field-town-name = Name der Stadt in der Landessprache
setup-town-name-hint = So, wie die Stadt ihren Namen selbst schreibt, zum Beispiel Daugavpils oder Raška. Nur für eine Stadt nötig, die nicht in der Liste steht.
setup-field-default-lang = Hauptsprache
setup-default-lang-hint = Die Sprache, in der das Organisationsteam schreibt, als Code wie lv, en oder sr-Latn.
setup-field-languages = Sprachen des Projekts
setup-field-period-start = Projektbeginn
setup-field-period-end = Projektende
setup-field-funding-programme = Förderprogramm
setup-funding-hint = Zum Beispiel Europa für Bürgerinnen und Bürger. Lassen Sie das Feld leer, wenn das Projekt keine Förderung erhält.
setup-field-funding-strand = Aktionsbereich
setup-field-funding-measure = Maßnahme
setup-field-links = Links
setup-links-hint = Einer pro Zeile: der Linktext, ein senkrechter Strich, dann die Adresse, zum Beispiel Projektwebsite | https://example.org

## Partner (Verwaltungsbereich)
partners-manage-title = Partnerstädte
partners-manage-caption = Die teilnehmenden Städte und ihre Rollen
partners-actions = Aktionen
partners-change-role = Rolle ändern
partners-remove = Entfernen
partners-add = Partnerstadt hinzufügen
partners-add-intro = Wählen Sie eine Stadt, die hier bereits erfasst ist, oder geben Sie Namen und Land einer neuen Stadt an. Wenn Sie einen neuen federführenden Partner bestimmen, wird der bisherige federführende Partner zu einem gewöhnlichen Partner.
partners-added = Die Partnerstadt wurde hinzugefügt.
partners-saved = Die Rolle des Partners wurde geändert.
partners-removed = Die Partnerstadt wurde aus dem Projekt entfernt.

## Veranstaltungsorte (Verwaltungsbereich)
venues-manage-title = Veranstaltungsorte
venues-manage-caption = Die Veranstaltungsorte des Projekts, nach Stadt
venues-new = Veranstaltungsort hinzufügen
venues-none-yet = Noch keine Veranstaltungsorte.
venues-saved = Der Veranstaltungsort wurde gespeichert.
venues-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel daugavpils-fortress. Der Kurzname kann später nicht mehr geändert werden.
venues-new-town-hint = Nur für einen Ort, der nicht in der Liste steht, etwa eine Station eines Ausflugs.
venues-coordinates-hint = Breiten- und Längengrad, zum Beispiel 55.8714, 26.5161 – oder die Adresse einer Karte, die auf den Ort zentriert ist.
venues-map-intro = So wählen Sie den Ort auf einer Karte: Öffnen Sie die Karte, zentrieren Sie sie auf den Veranstaltungsort, kopieren Sie die Adresse aus der Adresszeile des Browsers und fügen Sie sie in das Feld für die Koordinaten ein.
venues-open-map = Karte öffnen (OpenStreetMap)
venues-accessibility-hint = Stufenloser Zugang, Aufzüge, barrierefreie Toiletten, Induktionsschleifen: was Besucherinnen und Besucher wissen müssen.
venues-public-page = Öffentliche Seite des Veranstaltungsorts

## Treffen (Verwaltungsbereich)
events-new = Treffen hinzufügen
events-none-yet = Noch keine Treffen.
events-settings = Angaben zum Treffen
events-programme = Programm des Treffens
events-saved = Die Angaben zum Treffen wurden gespeichert.
events-delete = Treffen löschen
events-deleted = Das Treffen wurde gelöscht.
events-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel daugavpils-2018. Der Kurzname kann später nicht mehr geändert werden.
events-field-start = Erster Tag
events-field-end = Letzter Tag
events-field-zone = Zeitzone
events-zone-hint = Die Zeitzone des Ortes, an dem das Treffen stattfindet, als IANA-Name wie Europe/Riga. Alle Uhrzeiten des Programms gelten in dieser Zeitzone.

## Wer Projekte anlegen darf (Administration)
admin-starter = Darf Projekte anlegen
admin-starter-yes = Ja
admin-starter-allow = Erlauben
admin-starter-revoke = Zurücknehmen
admin-starter-saved = Die Berechtigung des Kontos, Projekte anzulegen, wurde geändert.

## Formularmeldungen beim Einrichten eines Projekts
form-choose = Bitte wählen…
form-slug-reserved = Dieses Wort ist bereits der Name einer eigenen Seite; bitte wählen Sie ein anderes.
form-slug-duplicate = Dieser Kurzname kommt zweimal vor.
form-coordinates-invalid = Der Breitengrad liegt zwischen -90 und 90, der Längengrad zwischen -180 und 180.
form-coordinates-unreadable = Geben Sie Breiten- und Längengrad in Dezimalgrad ein, etwa 55.8714, 26.5161, oder fügen Sie die Adresse einer Karte ein, die auf den Ort zentriert ist.
form-country-invalid = Wählen Sie ein Land.
form-event-ends-before-start = Der letzte Tag des Treffens darf nicht vor seinem ersten Tag liegen.
form-event-outside-project = Das Treffen muss innerhalb der Laufzeit des Projekts liegen.
form-funding-programme-required = Geben Sie das Förderprogramm an oder lassen Sie auch Aktionsbereich und Maßnahme leer.
form-link-invalid = Schreiben Sie jeden Link als Linktext, senkrechten Strich und eine Adresse, die mit https:// beginnt.
form-partner-already = Diese Stadt ist bereits Partner.
form-project-acronym-invalid = Geben Sie ein Akronym mit 1 bis 40 Zeichen ein.
form-project-default-lang-missing = Die Hauptsprache muss zu den Sprachen gehören.
form-project-ends-before-start = Das Projekt kann nicht enden, bevor es beginnt.
form-project-one-lead = Ein Projekt hat genau einen federführenden Partner.
form-project-slug-taken = Ein anderes Projekt hat bereits diesen Kurznamen.
form-status-invalid = Wählen Sie einen Status.
form-town-name-required = Geben Sie den Namen der Stadt in der Landessprache ein (bis zu 300 Zeichen).
form-town-unknown = Wählen Sie eine Stadt aus der Liste.
form-url-invalid = Geben Sie eine Adresse ein, die mit https:// oder http:// beginnt.
form-venue-slug-taken = Es gibt bereits einen Veranstaltungsort mit diesem Kurznamen (Veranstaltungsorte werden von allen Projekten gemeinsam genutzt).
form-zone-invalid = Geben Sie eine Zeitzone wie Europe/Riga ein.
audit-project-create = Projekt angelegt
audit-project-update = Angaben zum Projekt geändert
audit-partner-add = Partnerstadt hinzugefügt
audit-partner-role = Rolle des Partners geändert
audit-partner-remove = Partnerstadt entfernt
audit-venue-create = Veranstaltungsort hinzugefügt
audit-venue-update = Veranstaltungsort geändert
audit-event-create = Treffen hinzugefügt
audit-event-update = Angaben zum Treffen geändert
audit-event-delete = Treffen gelöscht
audit-account-may_start_projects = Berechtigung zum Anlegen von Projekten erteilt
audit-account-may_not_start_projects = Berechtigung zum Anlegen von Projekten entzogen

## Anmeldung zu einem öffentlich zugänglichen Programmpunkt
registration-title = Anmeldung
registration-places-left = { $left ->
    [one] Noch ein Platz von { $capacity } frei.
   *[other] Noch { $left } von { $capacity } Plätzen frei.
}
registration-full = { $waiting ->
    [0] Alle Plätze sind vergeben. Sie können sich auf die Warteliste setzen lassen: Wenn jemand absagt, erhält die erste Person auf der Warteliste den Platz und eine E-Mail.
    [one] Alle Plätze sind vergeben; eine Person steht auf der Warteliste. Sie können sich ebenfalls auf die Warteliste setzen lassen: Wenn jemand absagt, erhält die erste Person auf der Warteliste den Platz und eine E-Mail.
   *[other] Alle Plätze sind vergeben; { $waiting } Personen stehen auf der Warteliste. Sie können sich ebenfalls auf die Warteliste setzen lassen: Wenn jemand absagt, erhält die erste Person auf der Warteliste den Platz und eine E-Mail.
}
registration-email-hint = An diese Adresse senden wir die Bestätigung und einen Link zu Ihrer persönlichen Seite.
registration-field-town = Ihre Stadt oder Organisation
registration-privacy = Ihren Namen, Ihre E-Mail-Adresse, Ihre Stadt und Ihr Land sehen nur das Organisationsteam des Projekts „{ $project }“ und, wenn sie das Projekt prüfen, die Prüferinnen und Prüfer des Fördergebers. Diese Angaben werden nie öffentlich angezeigt. Über den Link in Ihrer E-Mail können Sie Ihre Anmeldungen einsehen und stornieren.
registration-privacy-accept = Ich habe gelesen, wie meine Daten verwendet werden, und bin damit einverstanden.
registration-submit = Anmelden
registration-closed = Die Anmeldung ist geschlossen: Dieser Programmpunkt hat bereits begonnen oder ist vorbei.
registration-done-title = Vielen Dank für Ihre Anmeldung
registration-done-confirmed = Sie haben einen Platz.
registration-done-waiting = Alle Plätze sind vergeben: Sie stehen auf der Warteliste. Wenn ein Platz frei wird, erhalten Sie eine E-Mail.
registration-check-mail = Wir haben Ihnen eine E-Mail mit den Einzelheiten, dem Programmpunkt für Ihren Kalender und einem Link zu Ihrer persönlichen Seite geschickt, auf der Sie Ihre Anmeldung stornieren können.
registration-back = Zurück zum Programmpunkt
registration-mail-subject = Anmeldung: { $item }
registration-mail-confirmed =
    Guten Tag { $name },

    Sie haben einen Platz bei:

    { $item }

    Der Programmpunkt ist für Ihren Kalender angehängt. Ihre persönliche Seite mit Ihrem Programm, einem Kalenderabonnement und einer Schaltfläche zum Stornieren finden Sie hier (bitte behalten Sie diesen Link für sich):
    { $link }
registration-mail-waiting =
    Guten Tag { $name },

    alle Plätze sind vergeben, daher stehen Sie auf der Warteliste für:

    { $item }

    Wenn jemand absagt, erhält die erste Person auf der Warteliste den Platz und eine E-Mail. Ihre persönliche Seite, auf der Sie sich auch wieder von der Warteliste austragen können, finden Sie hier (bitte behalten Sie diesen Link für sich):
    { $link }
registration-mail-promoted =
    Guten Tag { $name },

    ein Platz ist frei geworden, und er gehört Ihnen:

    { $item }

    Der Programmpunkt ist für Ihren Kalender angehängt. Zum Stornieren verwenden Sie bitte den Link aus Ihrer ersten E-Mail.
registration-status-confirmed = Platz bestätigt
registration-status-waiting = Auf der Warteliste
registration-status-cancelled = Storniert
form-registration-town-required = Geben Sie Ihre Stadt oder Organisation ein (bis zu 120 Zeichen).
form-registration-privacy-required = Bitte stimmen Sie der Verwendung Ihrer Daten zu, oder melden Sie sich nicht an.

## Die persönliche Seite einer Person
my-title = Mein Programm
my-greeting = Guten Tag { $name }. Dies ist Ihr Programm: die Programmpunkte, zu denen Sie sich angemeldet haben, und das Programm der Delegationen, falls Sie mit einer Delegation gekommen sind.
my-keep-link = Die Adresse dieser Seite ist Ihr Schlüssel: Bitte behalten Sie sie für sich.
my-calendar = In Ihrem Kalender
my-calendar-hint = Wenn Sie das Programm abonnieren, hält Ihre Kalender-App es aktuell, sobald das Organisationsteam etwas ändert. Auch die Adresse des Abonnements ist privat.
my-calendar-subscribe = In einer Kalender-App abonnieren
my-calendar-download = Als Datei herunterladen (.ics)
my-registrations = Meine Anmeldungen
my-cancel = Stornieren
my-cancelled = Ihre Anmeldung wurde storniert.
my-programme = Mein Programm Tag für Tag

## Personen bei einem Treffen (Verwaltungsbereich)
participants-title = Personen
participants-for = Personen: { $event }
participants-title-delegation = Delegation aus { $town }
participants-no-delegation = Keine Delegation
participants-anonymised = (anonymisiert)
participants-new = Person hinzufügen
participants-saved = Die Person wurde gespeichert.
participants-deleted = Die Person wurde entfernt.
participants-delete = Diese Person entfernen
participants-total = { $count ->
    [one] Eine Person.
   *[other] { $count } Personen.
}
participants-figures = Zahlen
participants-invited = Eingeladene Teilnehmende (von einem Partner aus einem anderen Land entsandt)
participants-local = Lokale Teilnehmende
participants-attended = An mindestens einem Tag anwesend
participants-by-country = Personen nach Land
participants-by-delegation = Personen nach Delegation
participants-by-role = Personen nach Rolle
participants-count = Anzahl
participants-list = Alle
participants-search = Nach Name, Stadt oder E-Mail-Adresse suchen
participants-search-submit = Suchen
participants-none = Noch niemand.
participants-caption = Personen, nach Namen sortiert
participants-needs = Besondere Bedürfnisse
participants-export-csv = Als CSV herunterladen
participants-export-xlsx = Als XLSX herunterladen (ein Tabellenblatt pro Stadt)
participants-privacy-note = Nötig sind nur Name, Stadt oder Organisation und Land. Sagen Sie der Person, dass das Organisationsteam und, wenn sie das Projekt prüfen, die Prüferinnen und Prüfer des Fördergebers diese Angaben sehen; sie werden nie öffentlich angezeigt.
participants-email-hint = Damit die Person ihr eigenes Programm und einen Link für ihren Kalender erhält.
participants-field-delegation = Delegation
participants-field-arrival-place = Ankunftsort
participants-field-arrival-time = Ankunft
participants-field-departure-place = Abreiseort
participants-field-departure-time = Abreise
participants-field-by = Reist mit
participants-field-accommodation = Unterkunft
participants-field-dietary = Ernährungsbedürfnisse
participants-field-access = Bedarf an Barrierefreiheit
participants-field-photos = Darf auf Fotos des Projekts erscheinen
participant-role-delegate = Delegierte
participant-role-speaker = Vortragende
participant-role-staff = Mitarbeitende
participant-role-press = Presse
participant-role-resident = Ortsansässige
travel-by-plane = Flugzeug
travel-by-train = Zug
travel-by-bus = Bus
travel-by-coach = Reisebus
travel-by-car = Auto
travel-by-ship = Schiff
travel-by-other = Sonstiges
upload-title = Liste hochladen
upload-intro = Eine CSV- oder XLSX-Datei, deren erste Zeile die Spalten benennt. Personen, die bereits auf der Liste stehen (gleiche E-Mail-Adresse oder, falls keine angegeben ist, gleicher Name), werden aktualisiert und nicht doppelt hinzugefügt.
upload-template = Vorlage herunterladen (CSV)
upload-file = Datei (CSV oder XLSX)
upload-submit = Hochladen
upload-summary = Hinzugefügt: { $created }. Aktualisiert: { $updated }. Abgelehnt: { $rejected }.
upload-report-caption = Jede Zeile der Datei und was daraus wurde
upload-row = Zeile
upload-outcome = Ergebnis
upload-created = hinzugefügt
upload-updated = aktualisiert
upload-rejected = abgelehnt
upload-back = Zurück zur Liste
form-participant-town-required = Geben Sie die Stadt oder Organisation ein (bis zu 120 Zeichen).
form-participant-role-invalid = Verwenden Sie delegate (Delegierte), speaker (Vortragende), staff (Mitarbeitende), press (Presse) oder resident (Ortsansässige).
form-travel-invalid = Verwenden Sie plane (Flugzeug), train (Zug), bus (Bus), coach (Reisebus), car (Auto), ship (Schiff) oder other (Sonstiges).
form-travel-leaves-before-arriving = Die Abreise kann nicht vor der Ankunft liegen.
form-yes-no-invalid = Schreiben Sie yes (ja) oder no (nein).
audit-people-save = Personen gespeichert
audit-person-update = Person geändert
audit-person-delete = Person entfernt

## Fehlerseiten für Einrichtung, Anmeldung und Personen
error-partner-lead-required = Der federführende Partner bleibt bestehen
error-partner-hosts-event = Diese Stadt richtet ein Treffen aus
error-partner-has-coordinators = Dieser Stadt ist eine Koordination zugeordnet
error-partner-not-found = Partnerstadt nicht gefunden
error-event-published = Ein veröffentlichtes Treffen bleibt bestehen
error-role-invalid = Unbekannte Rolle
error-allow-invalid = Unbekannte Auswahl
error-account-not-found = Konto nicht gefunden
error-registration-closed = Die Anmeldung ist geschlossen
error-registration-not-found = Anmeldung nicht gefunden
error-link-unknown = Dieser Link kann nicht verwendet werden
error-person-not-found = Person nicht gefunden
error-delegation-invalid = Unbekannte Delegation
error-upload-invalid = Die Datei konnte nicht empfangen werden
error-upload-empty = Wählen Sie eine Datei
error-upload-unreadable = Die Datei lässt sich nicht als CSV oder XLSX lesen
error-upload-no-name-column = Die Datei hat keine Spalte für den Namen

## Personenbezogene Daten: die eigenen und wie lange sie aufbewahrt werden
my-data = Meine Daten
my-data-hint = Sie können alles herunterladen, was über Sie gespeichert ist, oder es löschen. Beim Löschen werden Ihre Anmeldungen storniert (Ihre Plätze gehen an die Personen auf der Warteliste), und Ihr Name, Ihre Kontaktdaten und Ihre besonderen Bedürfnisse werden entfernt; nur Ihr Land und Ihre Delegation bleiben, ohne Bezug zu Ihrem Namen, in den Zahlen erhalten, die der Fördergeber verlangt. Dieser Link funktioniert danach nicht mehr.
my-data-download = Meine Daten herunterladen (JSON)
my-erase-confirm = Ja, meine Daten löschen.
my-erase = Meine Daten löschen
my-erase-confirm-needed = Um Ihre Daten zu löschen, setzen Sie bitte zuerst das Häkchen zur Bestätigung.
my-erased-title = Ihre Daten wurden gelöscht
my-erased = Ihre Anmeldungen sind storniert, und Ihre persönlichen Angaben wurden gelöscht. Vielen Dank für Ihre Teilnahme.
retention-title = Aufbewahrung personenbezogener Daten
retention-hint = Nach diesem Datum werden die Personen dieses Projekts anonymisiert: Namen, Kontaktdaten und besondere Bedürfnisse werden entfernt; Länder, Delegationen und Anwesenheit bleiben für den Bericht erhalten. Wählen Sie das Ende des Zeitraums, in dem der Fördergeber das Projekt prüfen kann.
retention-until = Personenbezogene Daten aufbewahren bis
retention-saved = Das Aufbewahrungsdatum wurde gespeichert.
audit-project-retention = Aufbewahrungsdatum festgelegt
audit-people-purge = Personenbezogene Daten anonymisiert
error-date-invalid = Kein gültiges Datum

## Anwesenheit und Namensschilder
checkin-title = Anwesenheit erfassen
checkin-day = Tag
checkin-show-day = Anzeigen
checkin-present = Anwesend: { $count } von { $total }.
checkin-by-code = Mit dem Code vom Namensschild
checkin-code = Code auf dem Namensschild
checkin-submit = Als anwesend markieren
checkin-scan = Mit der Kamera scannen
checkin-list = Aus der Liste
checkin-here = Anwesend
checkin-undo = Rückgängig machen
checkin-done = { $name } ist als anwesend markiert.
checkin-undone = { $name } ist nicht mehr als anwesend markiert.
checkin-unknown-code = Niemand bei diesem Treffen hat diesen Code. Bitte prüfen Sie ihn oder suchen Sie die Person in der Liste.
badges-title = Namensschilder
badges-hint = Drucken Sie diese Seite auf A4-Papier (acht Namensschilder pro Blatt), schneiden Sie entlang der gestrichelten Linien und stecken Sie die Namensschilder in Hüllen. Mit dem Code und dem QR-Code wird die Anwesenheit der Person erfasst.
badges-qr = QR-Code zum Erfassen der Anwesenheit:
participants-per-day = Anwesenheit pro Tag
participants-present = Anwesend
error-day-invalid = Kein Tag dieses Treffens
error-person-invalid = Unbekannte Person

## Unterschriftenlisten
sheet-title = Unterschriftenlisten
sheet-intro = Der Nachweis, den der Fördergeber verlangt: pro Tag und pro Delegation Name, Stadt und Land aller Personen mit einer Spalte für die Unterschrift. Drucken Sie die Liste aus, lassen Sie sie am Empfang unterschreiben und bewahren Sie sie bei den Projektunterlagen auf.
sheet-blank = Eine leere Liste für Personen, die ohne Anmeldung kommen
sheet-download = Liste öffnen (PDF)
sheet-walk-ins = Personen, die ohne Anmeldung gekommen sind
sheet-number = Nr.
sheet-signature = Unterschrift
sheet-footer = Unterschriftenliste
sheet-page = Seite { $n } von { $total }
error-sheet-invalid = Für diese Auswahl kann keine Liste erstellt werden

## Selbstanmeldung über den Link einer Delegation
join-title = Anmeldung bei der Delegation aus { $town }
join-intro = Die Koordination Ihrer Stadt hat Ihnen diesen Link geschickt, damit Sie sich für { $event } anmelden können. Nötig sind nur Ihr Name, Ihre E-Mail-Adresse, Ihre Stadt und Ihr Land; die übrigen Angaben helfen den Gastgebern, Ihre Reise, Ihre Unterkunft und Ihre Verpflegung zu planen.
join-done-title = Vielen Dank für Ihre Anmeldung
join-done = Sie sind angemeldet. Wir haben Ihnen eine E-Mail mit dem Link zu Ihrem persönlichen Programm geschickt; über denselben Link können Sie Ihre Daten einsehen und löschen.
join-mail-subject = Anmeldung bestätigt: { $event }
join-mail-body =
    Guten Tag { $name },

    Sie sind für { $event } angemeldet.

    Ihre persönliche Seite mit Ihrem Programm und einem Kalenderabonnement finden Sie hier (bitte behalten Sie diesen Link für sich):
    { $link }
join-links-title = Links zur Selbstanmeldung
join-links-intro = Geben Sie den Link einer Delegation an deren Mitglieder weiter: Diese melden sich selbst an und werden direkt der Delegation zugeordnet. Ein neuer Link ersetzt den bisherigen, der dann nicht mehr funktioniert.
join-link-none = noch kein Link
join-link-renew = Neuer Link
join-link-renewed = Der neue Link ist bereit; der bisherige funktioniert nicht mehr.
audit-join-link-renew = Anmeldelink erneuert
audit-people-join = Person über einen Link angemeldet

## Förderfähigkeit und Finanzhilfe
elig-title = Förderfähigkeit und Finanzhilfe
elig-eligible = Das Projekt erfüllt alle Regeln seiner Aufforderung zur Einreichung von Vorschlägen.
elig-not-eligible = Das Projekt erfüllt noch nicht alle Regeln.
elig-no-ruleset = Wählen Sie die Aufforderung zur Einreichung von Vorschlägen, über die das Projekt gefördert wird, um zu sehen, ob es deren Regeln erfüllt.
elig-no-ruleset-choice = Keine Regeln eines Fördergebers
elig-version = Regeln, Stand
elig-event-count = { $event }: { $participants ->
    [one] { $participants } Person
   *[other] { $participants } Personen
}, davon { $invited } eingeladen, { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ({ $basis })
elig-basis-registrations = nach Anmeldungen
elig-basis-attendance = nach Anwesenheit
elig-grant = Die Finanzhilfe
elig-grant-band = { $amount }: die Stufe für { $from } bis { $to } eingeladene Teilnehmende
elig-grant-band-top = { $amount }: die Stufe für { $from } oder mehr eingeladene Teilnehmende
elig-grant-overridden = { $amount }, wie vom Organisationsteam eingetragen
elig-grant-none = Keine Finanzhilfe, solange eine Regel nicht erfüllt ist.
elig-grant-calculator = Den Betrag ermittelt der offizielle Rechner der Aufforderung: Tragen Sie das Ergebnis unten ein.
elig-next-band = { $more ->
    [one] { $more } weitere eingeladene teilnehmende Person
   *[other] { $more } weitere eingeladene Teilnehmende
} → { $amount }
elig-grant-unverified = Diese Beträge sind noch nicht mit ihrer Quelle ({ $source }) abgeglichen; prüfen Sie sie, bevor Sie sich darauf verlassen.
elig-rules = Die Regeln
elig-rules-caption = Alle Regeln der Aufforderung, der jeweilige Wert des Projekts und die Quelle jeder Regel
elig-rule = Regel
elig-result = Ergebnis
elig-required = Erforderlich
elig-actual = Projekt
elig-source = Quelle
elig-passed = erfüllt
elig-failed = nicht erfüllt
elig-verified = mit der Quelle abgeglichen
elig-unverified = noch nicht mit der Quelle abgeglichen
elig-overridden = vom Organisationsteam geändert
elig-settings = Aufforderung und Korrekturen
elig-ruleset = Regeln der Aufforderung
elig-call-year = Jahr der Aufforderung
elig-call-year-hint = Bestimmt, welche Länder teilnehmen. Leer: das Jahr, in dem das Projekt beginnt.
elig-grant-override = Finanzhilfe in Euro (ersetzt die Schätzung)
elig-grant-override-hint = Zum Beispiel der Betrag aus dem offiziellen Rechner der Aufforderung. Leer: die Schätzung nach den Regeln.
elig-rule-overrides = Korrigierte Werte
elig-rule-overrides-hint = Nur wenn die Aufforderung, zu der Sie Ihren Antrag eingereicht haben, etwas anderes vorsieht; lassen Sie das Feld leer, um den angezeigten Wert zu verwenden.
elig-saved = Gespeichert.
form-ruleset-unknown = Wählen Sie eine der aufgeführten Aufforderungen zur Einreichung von Vorschlägen.
form-elig-call-year-invalid = Geben Sie eine Jahreszahl wie 2018 ein.
form-elig-amount-invalid = Geben Sie einen Betrag in ganzen Euro ein.
form-elig-rule-invalid = Geben Sie für die korrigierten Werte ganze Zahlen ein.
audit-rules-choose = Aufforderung gewählt
audit-rules-override = Regelwerte geändert

## Die Veröffentlichungsseite
publication-title = { $event }: Was stattgefunden hat
publication-here = Veröffentlichung für den Fördergeber
publication-place = Ort
publication-participants = Teilnehmende
publication-invited = Eingeladene Teilnehmende aus Partnerländern
publication-basis-registrations = nach den bisherigen Anmeldungen
publication-basis-attendance = an mindestens einem Tag anwesend
publication-per-country = Teilnehmende nach Land
publication-per-country-caption = Die Zahl der Teilnehmenden aus jedem Land
publication-no-participants = Es sind noch keine Teilnehmenden erfasst.
publication-days = Tag für Tag

## Der Abschlussbericht
report-link = Abschlussbericht
report-title = Abschlussbericht: { $project }
report-pdf = Bericht mit den Unterschriftenlisten herunterladen (PDF)
report-participation = Teilnahme: { $event }
report-annexes = Anhänge
report-annex-publication = Veröffentlichungsseite zu { $event }: { $url }
report-annex-programme = Programm zu { $event }: { $url }
report-annex-sheets = { $count ->
    [one] Diesem Bericht ist eine Unterschriftenliste beigefügt.
   *[other] Diesem Bericht sind { $count } Unterschriftenlisten beigefügt.
}
report-page = Seite { $n }
participants-send-link = Der Person den Link zu ihrem eigenen Programm per E-Mail senden
participants-link-sent = Der Link wurde gesendet; ein früher gesendeter Link funktioniert nicht mehr.
audit-person-send_link = Persönlicher Link gesendet
error-person-no-email = Die Person hat keine E-Mail-Adresse

## Neuigkeiten und Pressemitteilungen
news-title = Neuigkeiten
news-none = Es wurden noch keine Neuigkeiten veröffentlicht.
news-all = Alle Neuigkeiten
news-manage-title = Neuigkeiten und Pressemitteilungen
news-manage-intro = Lassen Sie aus dem Programm und den Zahlen eines Treffens den Entwurf einer Pressemitteilung erstellen, oder schreiben Sie einen Beitrag. Beiträge bleiben Entwürfe, die nur das Organisationsteam sieht, bis Sie sie veröffentlichen.
news-manage-caption = Beiträge, die neuesten zuerst
news-new = Beitrag schreiben
news-edit-intro = Schreiben Sie den Beitrag in jeder Sprache, in der Sie ihn veröffentlichen möchten. Eine leer gelassene Sprache wird nicht angezeigt; Leserinnen und Leser sehen dann den Beitrag in einer anderen Sprache.
news-field-title = Titel
news-field-body = Text
news-body-hint = Reiner Text. Lassen Sie zwischen zwei Absätzen eine Zeile frei.
news-slug-hint = Der letzte Teil der Adresse des Beitrags. Lassen Sie das Feld leer, damit er aus dem Titel gebildet wird.
news-status = Status
news-public-page = Öffentliche Seite
news-draft = Entwurf, nicht öffentlich
news-published-on = Veröffentlicht am { $date }
news-draft-press-release = Pressemitteilung zu „{ $event }“ entwerfen
news-drafted = Die Pressemitteilung wurde aus den Daten des Treffens entworfen. Prüfen und bearbeiten Sie sie und veröffentlichen Sie sie dann.
news-saved = Der Beitrag wurde gespeichert.
news-published = Der Beitrag ist veröffentlicht.
news-unpublished = Der Beitrag ist wieder ein Entwurf und nicht mehr öffentlich.
news-deleted = Der Beitrag wurde gelöscht.
news-publish = Veröffentlichen
news-unpublish = Wieder zum Entwurf machen
news-delete = Beitrag löschen
error-news-not-found = Beitrag nicht gefunden
error-news-slug-taken = Ein anderer Beitrag hat diese Adresse
form-news-title-missing = In dieser Sprache gibt es einen Text, aber keinen Titel.
form-news-slug-taken = Ein anderer Beitrag hat bereits diese Adresse; wählen Sie eine andere.
audit-news-create = Beitrag geschrieben
audit-news-update = Beitrag geändert
audit-news-publish = Beitrag veröffentlicht
audit-news-unpublish = Beitrag wieder zum Entwurf gemacht
audit-news-delete = Beitrag gelöscht

## Der Entwurf der Pressemitteilung: Sätze aus den Daten des Treffens
press-title = { $host } empfing Partner aus { $countries ->
    [one] einem weiteren Land
   *[other] { $countries } Ländern
} zu „{ $event }“
press-lead = { $dates }: { $host } ({ $country }) war Gastgeber des Treffens „{ $event }“ im Rahmen des Projekts „{ $project }“.
press-funding = Das Treffen wurde aus Mitteln des Programms { $programme } gefördert.
press-delegations = Delegationen kamen aus { $towns }.
press-participants = { $total ->
    [one] Am Treffen nahm eine Person teil
   *[other] Am Treffen nahmen { $total } Personen teil
}, { $invited ->
    [one] davon eine eingeladene teilnehmende Person aus einer Partnerstadt im Ausland.
   *[other] davon { $invited } eingeladene Teilnehmende aus Partnerstädten im Ausland.
}
press-per-country = Teilnehmende nach Land: { $list }.
press-day = Tag { $number } ({ $date }): { $items }.
press-signed = Am { $date } unterzeichneten die Städte { $a } und { $b } folgendes Dokument: { $kind }.
press-more = Das Programm, die Zahl der Teilnehmenden je Land und eine Beschreibung jedes Tages wurden veröffentlicht unter { $url }

## Fotos eines Treffens
photos-title = Fotos
photos-intro = Die Fotos erscheinen auf der Veröffentlichungsseite des Treffens, die der Fördergeber verlangt. Beim Hochladen werden Aufnahmeort und -zeit, die Kamera und alle in der Datei gespeicherten Namen entfernt.
photos-see-publication = Zur Veröffentlichungsseite.
photos-none = Noch keine Fotos.
photos-add = Foto hinzufügen
photos-edit = Bearbeiten
photos-edit-title = Foto bearbeiten
photos-field-file = Foto (JPEG oder PNG)
photos-file-hint = Höchstens { $mib } MiB.
photos-field-alt = Was das Foto zeigt
photos-alt-hint = Für Menschen, die das Foto nicht sehen können: Beschreiben Sie es in einem Satz, zum Beispiel „Die Bürgermeister von Raška und Daugavpils unterzeichnen das Memorandum“.
photos-field-caption = Bildunterschrift
photos-field-credit = Fotografin oder Fotograf
photos-credit = Foto: { $name }
photos-field-consent = Die Personen, die auf diesem Foto zu erkennen sind, haben der Veröffentlichung zugestimmt.
photos-field-position = Position
photos-position-hint = Die Fotos werden in dieser Reihenfolge angezeigt, beginnend mit 1.
photos-upload = Foto hochladen
photos-added = Das Foto wurde hinzugefügt.
photos-saved = Das Foto wurde gespeichert.
photos-deleted = Das Foto wurde gelöscht.
photos-delete = Foto löschen
error-photo-not-found = Foto nicht gefunden
error-photo-too-large = Das Foto ist zu groß
form-photo-empty = Wählen Sie ein Foto aus.
form-photo-too-large = Das Foto ist zu groß; erlaubt sind höchstens 12 MiB.
form-photo-format = Es können nur Fotos im Format JPEG oder PNG hochgeladen werden.
form-photo-dimensions = Die Größe des Fotos in Pixeln kann auf dieser Seite nicht angezeigt werden.
form-photo-unreadable = Die Datei kann nicht als Foto gelesen werden.
form-photo-duplicate = Dieses Foto ist bereits auf der Seite.
form-photo-consent-required = Bestätigen Sie, dass die abgebildeten Personen der Veröffentlichung zugestimmt haben.
form-photo-position-invalid = Geben Sie eine ganze Zahl von 1 bis 10.000 ein.
audit-photo-add = Foto hinzugefügt
audit-photo-update = Foto geändert
audit-photo-delete = Foto gelöscht

## Zusammenfassung der Auswertung und neue Teile des Berichts
events-field-evaluation = Zusammenfassung der Auswertung
events-evaluation-hint = Was die Teilnehmenden bei der Auswertung gesagt haben, für den Abschlussbericht. Lassen Sie zwischen zwei Absätzen eine Zeile frei.
report-evaluation = Auswertung: { $event }
report-annex-photos = { $count ->
    [one] Ein Foto zu { $event } auf der Veröffentlichungsseite des Treffens.
   *[other] { $count } Fotos zu { $event } auf der Veröffentlichungsseite des Treffens.
}
report-annex-news = Pressemitteilung oder Beitrag „{ $title }“: { $url }
news-feed = Neuigkeiten im Feedreader verfolgen (Atom)

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Jemand hat dies inzwischen geändert
error-412-help = Jemand anderes hat dies geändert, nachdem Sie es gelesen haben. Lesen Sie es erneut und nehmen Sie dann Ihre Änderung vor.
edit-changed-meanwhile = Jemand anderes hat diesen Programmpunkt gespeichert, während Sie ihn bearbeitet haben
edit-changed-meanwhile-help = Nichts wurde überschrieben. Unten sehen Sie, was jetzt gespeichert ist; Ihre Fassung steht weiterhin im Formular. Vergleichen Sie beide, korrigieren Sie das Formular bei Bedarf und speichern Sie erneut, um Ihre Fassung zu behalten.
edit-saved-now = Jetzt gespeichert
edit-your-version = Ihre Fassung steht im Formular unten.
partners-changed-meanwhile = Jemand anderes hat die Rolle von { $town } inzwischen geändert: jetzt { $now }; Sie haben { $yours } gewählt. Wählen Sie erneut, wenn Ihre Wahl gelten soll.

# --- w-signin ---
form-password-weak = Dieses Passwort ist zu leicht zu erraten. Einige unzusammenhängende, ungewöhnliche Wörter ergeben ein starkes.
form-password-weak-common = Dieses Passwort ist zu leicht zu erraten: Es ist ein häufig verwendetes Passwort oder ähnelt einem.
form-password-weak-pattern = Dieses Passwort ist zu leicht zu erraten: Tastaturmuster und Folgen wie abc oder 6543 werden zuerst probiert.
form-password-weak-repeat = Dieses Passwort ist zu leicht zu erraten: Wiederholte Zeichen oder Wörter helfen wenig.
form-password-weak-dates = Dieses Passwort ist zu leicht zu erraten: Daten und Jahreszahlen werden zuerst probiert.
form-password-weak-names = Dieses Passwort ist zu leicht zu erraten: Namen sowie Ihre eigene Adresse werden zuerst probiert.
form-password-weak-word = Dieses Passwort ist zu leicht zu erraten: Ein einzelnes Wort genügt nicht. Fügen Sie einige unzusammenhängende Wörter hinzu.
form-totp-code-wrong = Dieser Code stimmt nicht. Geben Sie den aktuellen Code Ihrer Authenticator-App oder einen Wiederherstellungscode ein.
form-totp-code-required = Geben Sie den Code aus Ihrer Authenticator-App ein.
form-totp-secret-invalid = Dieser Schlüssel kann nicht verwendet werden. Laden Sie die Seite neu, um einen neuen zu erhalten.
form-token-days-invalid = Wählen Sie, wie viele Tage das Token gilt: 1 bis 365.
error-signin-challenge-expired = Diese Anmeldung ist abgelaufen
error-page-invalid = Diese Seitenzahl kann nicht verwendet werden
signin-wait = Zu viele Versuche. Warten Sie { $seconds } s und versuchen Sie es dann erneut.
totp-signin-title = Zweiter Schritt: Ihr Code
totp-signin-hint = Der sechsstellige Code aus Ihrer Authenticator-App oder einer Ihrer Wiederherstellungscodes.
field-totp-code = Code
totp-title = Zweistufige Anmeldung
totp-on = Die zweistufige Anmeldung ist aktiv: Beim Anmelden wird ein Code aus Ihrer Authenticator-App verlangt.
totp-off = Die zweistufige Anmeldung ist aus.
totp-manage = Zweistufige Anmeldung verwalten
totp-set-up = Zweistufige Anmeldung einrichten
totp-enabled = Die zweistufige Anmeldung ist aktiv.
totp-disabled = Die zweistufige Anmeldung ist aus.
totp-recovery-once = Notieren Sie diese Wiederherstellungscodes und bewahren Sie sie sicher auf. Jeder gilt einmal, falls Sie Ihr Telefon verlieren. Sie werden nur jetzt angezeigt.
totp-codes-left = Verbleibende Wiederherstellungscodes: { $count }
totp-disable = Zweistufige Anmeldung ausschalten
totp-required = Als Administrator der Instanz müssen Sie zuerst die zweistufige Anmeldung einrichten.
totp-help = Fügen Sie dieses Konto einer Authenticator-App hinzu (etwa FreeOTP, Aegis oder Google Authenticator): Scannen Sie den QR-Code, öffnen Sie den Link auf dem Telefon oder tippen Sie den Schlüssel ein. Geben Sie dann den Code ein, den die App zeigt.
totp-qr-caption = QR-Code für Ihre Authenticator-App
totp-secret = Schlüssel
totp-link = Link
totp-link-open = In einer Authenticator-App öffnen
totp-confirm = Einschalten
account-token-expired = Abgelaufen
account-token-expires = Läuft ab
field-token-days = Gültig für
account-token-days = { $days } Tage
security-title = Sicherheitsprotokoll
security-help = Anmeldungen, fehlgeschlagene und verlangsamte Versuche, zweistufige Anmeldung, API-Tokens, Passwort- und Rollenänderungen, neueste zuerst. Clients erscheinen nur als ihr Netz.
security-page = Seite { $page }
security-empty = Noch nichts protokolliert.
security-caption = Sicherheitsereignisse, neueste zuerst
security-account = Konto
security-client = Netz
security-pages = Seiten des Sicherheitsprotokolls
security-newer = Neuere
security-older = Ältere
security-signin-ok = angemeldet
security-signin-fail = falsches Passwort
security-signin-throttled = Versuch verlangsamt
security-totp-enrol = zweistufige Anmeldung eingeschaltet
security-totp-disable = zweistufige Anmeldung ausgeschaltet
security-totp-fail = falscher Code
security-totp-throttled = Code-Versuch verlangsamt
security-recovery-used = Wiederherstellungscode verwendet
security-token-create = API-Token erstellt
security-token-use = API-Token verwendet
security-token-revoke = API-Token widerrufen
security-password-change = Passwort geändert
security-password-reset = Passwort zurückgesetzt
security-reset-throttled = Rücksetzanfrage verlangsamt
# --- w-lingers ---
photo-consent-yes = Fotos: ja
photo-consent-no = Keine Fotos
photo-consent-not_asked = Fotos: nicht gefragt (keine Fotos)
photo-consent-choice-yes = Ja
photo-consent-choice-no = Nein
photo-consent-choice-not_asked = Noch nicht gefragt
consent-minor = Unter 18 (minderjährig)
consent-minor-short = Minderjährig
consent-guardian-name = Name eines Elternteils oder Erziehungsberechtigten
consent-guardian-hint = Nur bei Minderjährigen: der Elternteil oder Erziehungsberechtigte, der der Teilnahme zustimmt.
consent-guardian-consent = Der Elternteil oder Erziehungsberechtigte stimmt der Teilnahme dieser minderjährigen Person und der Verwendung ihrer Daten zu
participants-photos = Fotos
form-photo-consent-invalid = Wählen Sie ja, nein oder nicht gefragt.
form-participant-guardian-required = Für Minderjährige braucht es den Namen eines Elternteils oder Erziehungsberechtigten.
form-participant-guardian-consent-required = Minderjährige nehmen nur mit Zustimmung eines Elternteils oder Erziehungsberechtigten teil.
privacy-notice-title = Datenschutzhinweis
privacy-notice-default = { $project } wird von seinen Organisatoren durchgeführt. Sie speichern, was Sie hier eingeben (Ihren Namen, Ihre Stadt oder Organisation, Ihr Land, Ihre Kontaktdaten und Ihre Angaben zu Reise, Verpflegung und Barrierefreiheit), und sehen es gemeinsam mit der Koordination Ihrer Delegation; es wird nie veröffentlicht. Prüfer von { $funder } dürfen Namen, Städte und Anwesenheit kontrollieren, um die Förderung zu prüfen. Alles wird bis { $until } aufbewahrt; danach bleiben nur anonyme Zahlen. Mit dem Link in Ihrer E-Mail können Sie Ihre Daten jederzeit ansehen, herunterladen oder löschen.
privacy-notice-default-no-date = { $project } wird von seinen Organisatoren durchgeführt. Sie speichern, was Sie hier eingeben (Ihren Namen, Ihre Stadt oder Organisation, Ihr Land, Ihre Kontaktdaten und Ihre Angaben zu Reise, Verpflegung und Barrierefreiheit), und sehen es gemeinsam mit der Koordination Ihrer Delegation; es wird nie veröffentlicht. Prüfer von { $funder } dürfen Namen, Städte und Anwesenheit kontrollieren, um die Förderung zu prüfen. Alles wird bis zu dem von den Organisatoren festgelegten Datum aufbewahrt; danach bleiben nur anonyme Zahlen. Mit dem Link in Ihrer E-Mail können Sie Ihre Daten jederzeit ansehen, herunterladen oder löschen.
privacy-notice-funder-unknown = dem Fördergeber
privacy-edit-title = Datenschutzhinweis
privacy-edit-intro = Wer was wie lange aufbewahrt und wer es prüfen darf. Dieser Hinweis erscheint überall, wo das Projekt personenbezogene Daten erhebt: bei der Anmeldung, beim Beitritt zu einer Delegation, in den Personenformularen und auf den persönlichen Seiten. Schreiben Sie ihn in jeder benötigten Sprache; eine leere Sprache zeigt den Standardtext.
privacy-edit-default = Leer gelassen, wird dieser Hinweis gezeigt: { $text }
privacy-edit-saved = Der Datenschutzhinweis wurde gespeichert.
my-photos = Fotos
my-photos-saved = Ihre Antwort zu Fotos wurde gespeichert.
participants-erase = Personenbezogene Daten löschen (auf Wunsch der Person)
participants-erased = Die Daten der Person wurden gelöscht; war sie anwesend, bleiben Name und Stadt bis zum Aufbewahrungsdatum für die Prüfung des Fördergebers.
participants-erased-kept = gelöscht, für die Prüfung aufbewahrt
# --- w-forms ---
form-date-out-of-range = Das Datum muss zwischen den Jahren 1900 und 2200 liegen.
form-item-outside-event = Der Programmpunkt liegt außerhalb der Tage des Treffens (für An- und Abreise ist ein Tag davor oder danach erlaubt).
form-event-too-long = Ein Treffen dauert höchstens 366 Tage.
error-date-out-of-range = Datum außerhalb der Jahre 1900–2200
error-item-outside-event = Programmpunkt außerhalb der Tage des Treffens
error-event-too-long = Das Treffen ist zu lang
error-rate-limited = Zu viele Anfragen
error-429-help = Von Ihrer Verbindung kamen in kurzer Zeit viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
registration-done-already = Sie sind für diesen Programmpunkt bereits angemeldet, deshalb haben wir keine weitere E-Mail geschickt: Die frühere enthält Ihren persönlichen Link.
form-honeypot-label = Lassen Sie dieses Feld leer: Es dient dazu, automatische Einsendungen zu erkennen.
registration-status-pending = Wartet auf Ihre Bestätigung per E-Mail
registration-done-pending = Fast geschafft: Wir haben Ihnen eine E-Mail mit einem Link geschickt. Ihr Platz zählt, sobald Sie ihn innerhalb von { $hours } Stunden öffnen.
registration-mail-pending =
    Hallo { $name },

    bitte bestätigen Sie Ihre Anmeldung für:

    { $item }

    Ihr Platz zählt erst, wenn Sie diesen Link öffnen und die Schaltfläche drücken (er gilt bis { $until }):
    { $confirm }

    Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail: Die Anmeldung verfällt von selbst. Ihre persönliche Seite finden Sie hier (behalten Sie diesen Link für sich):
    { $link }
confirm-title = Anmeldung bestätigen
confirm-intro = Drücken Sie die Schaltfläche, um Ihre Anmeldung zu bestätigen. Ab dann zählt Ihr Platz.
confirm-submit = Meine Anmeldung bestätigen
confirm-done = Danke: Ihre Anmeldung ist bestätigt, und Sie haben einen Platz.
error-registration-confirmation-expired = Dieser Bestätigungslink ist abgelaufen; bitte melden Sie sich erneut an
registration-settings-save = Speichern
registration-settings-confirm = Eine öffentliche Anmeldung erst zählen, wenn die Person sie über den Link in ihrer E-Mail bestätigt
registration-settings-hint = So können Skripte keine Plätze mit erfundenen Adressen belegen. Unbestätigte Anmeldungen belegen keinen Platz und verfallen nach 48 Stunden.
registration-settings-saved = Gespeichert: wie Anmeldungen angenommen werden.
# --- w-uploads ---
error-request-too-large-limit = An diese Adresse können höchstens { $mib } MiB gesendet werden.
error-sheet-file-too-large = Die Datei ist zu groß
error-sheet-file-too-large-limit = Eine Liste darf höchstens { $limit } MiB groß sein.
error-sheet-uncompressed-too-large = Die Arbeitsmappe enthält entpackt zu viele Daten
error-sheet-uncompressed-too-large-limit = Entpackt darf eine Arbeitsmappe höchstens { $limit } MiB enthalten.
error-sheet-compression-ratio = Die Arbeitsmappe ist verdächtig stark komprimiert
error-sheet-compression-ratio-limit = Ein Teil einer Arbeitsmappe darf entpackt höchstens { $limit }-mal so groß sein wie gepackt.
error-sheet-too-many-parts = Die Arbeitsmappe hat zu viele Teile
error-sheet-too-many-parts-limit = Eine Arbeitsmappe darf höchstens { $limit } Teile haben.
error-sheet-too-many-rows = Die Liste hat zu viele Zeilen
error-sheet-too-many-rows-limit = Eine Liste darf höchstens { $limit } Zeilen haben, die Kopfzeile eingeschlossen. Teilen Sie sie auf mehrere Dateien auf.
error-sheet-too-many-columns = Die Liste hat zu viele Spalten
error-sheet-too-many-columns-limit = Eine Liste darf höchstens { $limit } Spalten haben.
error-sheet-too-many-cells = Die Liste hat zu viele Zellen
error-sheet-too-many-cells-limit = Eine Liste darf höchstens { $limit } Zellen haben.
error-sheet-cell-too-long = Eine Zelle ist zu lang
error-sheet-cell-too-long-limit = Eine Zelle darf höchstens { $limit } Zeichen enthalten.
error-sheet-markup-too-long = Die Arbeitsmappe enthält einen Datenblock, der zu lang für eine Zelle ist
error-sheet-markup-too-long-limit = Zwischen zwei Markierungen darf eine Arbeitsmappe höchstens { $limit } Bytes enthalten.
error-sheet-too-slow = Das Lesen der Liste hat zu lange gedauert
error-sheet-too-slow-limit = Eine Liste muss innerhalb von { $limit } Sekunden gelesen sein.
error-xliff-too-large = Die Datei ist zu groß
error-xliff-too-large-limit = Eine XLIFF-Datei darf höchstens { $mib } MiB groß sein.
error-xliff-doctype = Die Datei enthält eine DOCTYPE-Deklaration, die XLIFF-Dateien nicht brauchen; entfernen Sie sie und laden Sie die Datei erneut hoch
error-xliff-too-deep = Die Datei verschachtelt ihre Elemente zu tief
error-xliff-too-deep-limit = Elemente dürfen höchstens { $limit } Ebenen tief verschachtelt sein.
error-xliff-too-many-units = Die Datei enthält zu viele Texte
error-xliff-too-many-units-limit = Eine XLIFF-Datei darf höchstens { $limit } Texte enthalten.
form-photo-truncated = Die Datei endet vor dem Bild; sie wurde abgeschnitten. Laden Sie das ganze Foto hoch.
form-photo-no-image-data = Die Datei enthält kein Bild.
form-photo-too-many-pixels = Das Foto hat zu viele Pixel: höchstens 40 Megapixel und 16.000 Pixel je Seite.
form-photo-polyglot = Die Datei enthält nach dem Bild ein weiteres Dokument; laden Sie nur das Foto hoch.
# --- w-heavy ---
error-server-busy = Wird vorbereitet
error-server-busy-help = Der Server bereitet gerade andere Dokumente vor. Diese Seite fragt in { $seconds } Sekunden von selbst erneut an; Sie müssen nichts tun.
