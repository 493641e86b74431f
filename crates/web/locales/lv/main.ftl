## Vietnes ietvars
site-name = Twinning
language-name = Latviešu
og-locale = lv_LV
skip-to-content = Pāriet uz saturu
language-switcher = Valoda
breadcrumbs = Jūs atrodaties šeit
footer-about = Twinning — atvērtā pirmkoda programmatūra pilsētu sadraudzības projektiem.
footer-api = Atvērtie dati: API un tās apraksts

## Kļūdas
error-field = Problēma ir šeit:
error-home-link = Uz sākumlapu
error-400-help = Adresē kaut kas nav kārtībā. Pārbaudiet to un mēģiniet vēlreiz.
error-404-help = Šajā adresē nekā nav. Iespējams, adrese ir uzrakstīta kļūdaini vai lapa ir pārvietota.
error-405-help = Šo adresi nevar izmantot šādā veidā.
error-500-help = Mūsu pusē radās kļūda. Tā ir reģistrēta; lūdzu, mēģiniet vēlāk vēlreiz.
error-503-help = Pakalpojums pašlaik nevar sasniegt savu datubāzi. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
error-route-not-found = Lapa nav atrasta
error-route-method-not-allowed = Nav atļauts
error-project-not-found = Projekts nav atrasts
error-event-not-found = Tikšanās nav atrasta
error-item-not-found = Programmas punkts nav atrasts
error-town-not-found = Pilsēta nav atrasta
error-venue-not-found = Norises vieta nav atrasta
error-query-lang-invalid = Nezināma valoda
error-query-lang-repeated = Valoda norādīta divreiz
error-request-too-large = Pārāk daudz datu
error-request-timeout = Tas aizņēma pārāk ilgu laiku
error-408-help = Atbildes sagatavošana aizņēma pārāk ilgu laiku. Lūdzu, mēģiniet vēlreiz.
error-413-help = Nosūtīto datu apjoms pārsniedz šīs adreses pieļaujamo.
error-server-error = Servera kļūda
error-server-database-unavailable = Īslaicīgi nav pieejams

## Sākumlapa
home-title = Pilsētu sadraudzības projekti
home-intro = Partnerpilsētas, to tikšanās un programmas, un cilvēki, kas tās satuvina.
home-projects = Projekti
home-no-projects = Vēl nav publicēts neviens projekts.

## Projekti
project-period = Īstenošanas laiks
project-status = Statuss
project-lead = Vadošais partneris
project-all-partners = Visi partneri
project-events = Tikšanās
project-twinnings = Partnerpilsētu vienošanās
funding-programme = Finansējuma programma
funding-strand = Darbības virziens
funding-measure = Pasākums
status-planned = Plānots
status-running = Notiek
status-completed = Īstenots
status-cancelled = Atcelts
partner-count = { $count ->
    [zero] { $count } partneru
    [one] { $count } partneris
   *[other] { $count } partneri
} no { $countries ->
    [zero] { $countries } valstīm
    [one] { $countries } valsts
   *[other] { $countries } valstīm
}
role-lead = Vadošais partneris
role-partner = Partneris
role-associated = Asociētais partneris

## Partneri
partners-title = Partneri
partners-caption = Projekta partnerpilsētas un to lomas
partners-town = Pilsēta
partners-country = Valsts
partners-role = Loma
partners-organisation = Pilsētas vārdā darbojas
illustrative-badge = Ilustratīvi:
illustrative-mark = ilustratīvi
illustrative-time-title = Pulksteņlaiks ir ilustratīvs: avotā norādīta tikai diena.

## Sadraudzība
twinning-twin = Sadraudzības pilsētas
twinning-partnership = Partnerība
twinning-friendship = Draudzības līgums
twinning-memorandum_of_cooperation = Saprašanās memorands par sadarbību
twinning-between = { $kind }: { $a } un { $b }
twinning-between-since = { $kind }: { $a } un { $b }, { $since }
twinning-since = kopš { $date }
twinning-signed-at = parakstīts tikšanās laikā
twinning-document = dokuments

## Tikšanās
event-dates = Datumi
event-host = Uzņēmēja pilsēta
event-zone = Laiks norādīts pēc
event-days = Pa dienām
event-venues = Norises vietas
event-see-programme = Skatīt programmu

## Programma
programme-title = Programma
programme-description = { $event } programma pa dienām.
programme-ics = Pievienot kalendāram (.ics)
programme-days-nav = Dienas
programme-day-empty = Šai dienai vēl nekas nav ieplānots.
programme-day-number = { $number }. diena
programme-item-count = { $count ->
    [zero] { $count } programmas punktu
    [one] { $count } programmas punkts
   *[other] { $count } programmas punkti
}
item-capacity = { $count ->
    [zero] { $count } vietu
    [one] { $count } vieta
   *[other] { $count } vietas
}
item-when = Kad
item-where = Kur
item-audience = Kam atvērts
item-hosts = Vadītāji un runātāji
item-languages = Valodas
item-event = Daļa no
audience-delegates = Delegācijām
audience-public = Atvērts sabiedrībai

kind-arrival = Ierašanās
kind-sightseeing = Apskates
kind-official_meeting = Oficiālā tikšanās
kind-presentation = Prezentācija
kind-signing = Parakstīšana
kind-conference = Konference
kind-lecture = Lekcija
kind-debate = Debates
kind-group_work = Darbs grupās
kind-workshop = Darbnīca
kind-cultural_evening = Kultūras vakars
kind-meal = Maltīte
kind-excursion = Ekskursija
kind-visit = Apmeklējums
kind-ceremony = Ceremonija
kind-evaluation = Izvērtēšana
kind-departure = Izbraukšana
kind-free_time = Brīvais laiks

## Pilsētas un norises vietas
town-description = { $town }, { $country }: sadraudzība un projekti.
town-country = Valsts
town-region = Reģions
town-population = Iedzīvotāju skaits
town-location = Atrašanās vieta
town-website = Tīmekļvietne
town-twinnings = Sadraudzība un vienošanās
town-no-twinnings = Šai pilsētai nav reģistrētas sadraudzības saiknes.
town-projects = Projekti
town-no-projects = Šī pilsēta šeit vēl nepiedalās nevienā projektā.
town-organisations = Pilsētas vārdā darbojas
venue-map = karte
venue-address = Adrese
venue-town = Pilsēta
venue-coordinates = Koordinātas
venue-accessibility = Piekļūstamība
venue-held-here = Šeit notiek
venue-nothing-held = Šeit nekas nav ieplānots.

## Datumi
date-day-heading = { $weekday }, { $day }. { $month }
date-long = { $year }. gada { $day }. { $month }
date-range-month = { $year }. gada { $start }.–{ $end }. { $month }
date-range = { $start } – { $end }
month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
weekday-1 = pirmdiena
weekday-2 = otrdiena
weekday-3 = trešdiena
weekday-4 = ceturtdiena
weekday-5 = piektdiena
weekday-6 = sestdiena
weekday-7 = svētdiena

## Valodas
lang-en = angļu
lang-lv = latviešu
lang-ltg = latgaliešu
lang-lt = lietuviešu
lang-pl = poļu
lang-de = vācu
lang-sv = zviedru
lang-sr = serbu
lang-sr-Cyrl = serbu (kirilicā)
lang-sr-Latn = serbu (latīņu rakstā)
lang-it = itāļu
lang-ru = krievu
lang-fr = franču
lang-es = spāņu

## Valstis
country-AL = Albānija
country-AT = Austrija
country-BA = Bosnija un Hercegovina
country-BE = Beļģija
country-BG = Bulgārija
country-BY = Baltkrievija
country-CH = Šveice
country-CY = Kipra
country-CZ = Čehija
country-DE = Vācija
country-DK = Dānija
country-EE = Igaunija
country-ES = Spānija
country-FI = Somija
country-FR = Francija
country-GB = Apvienotā Karaliste
country-GR = Grieķija
country-HR = Horvātija
country-HU = Ungārija
country-IE = Īrija
country-IS = Islande
country-IT = Itālija
country-LI = Lihtenšteina
country-LT = Lietuva
country-LU = Luksemburga
country-LV = Latvija
country-MD = Moldova
country-ME = Melnkalne
country-MK = Ziemeļmaķedonija
country-MT = Malta
country-NL = Nīderlande
country-NO = Norvēģija
country-PL = Polija
country-PT = Portugāle
country-RO = Rumānija
country-RS = Serbija
country-SE = Zviedrija
country-SI = Slovēnija
country-SK = Slovākija
country-TR = Turcija
country-UA = Ukraina
country-XK = Kosova

## Pieteikšanās un konta lapa
signin-title = Pieteikties
signin-submit = Pieteikties
signin-forgot = Aizmirsāt paroli?
signin-too-many = Pārāk daudz neveiksmīgu mēģinājumu. Jūsu konta drošības dēļ, lūdzu, pagaidiet { $minutes } minūtes un mēģiniet vēlreiz.
signout-submit = Izrakstīties
field-email = E-pasta adrese
field-password = Parole
field-name = Vārds
field-current-password = Pašreizējā parole
field-new-password = Jaunā parole
field-token-name = Kam marķieris paredzēts
password-hint = Vismaz 10 rakstzīmes. Daži savstarpēji nesaistīti vārdi veido stipru un viegli atceramu paroli.
form-error-summary = Lūdzu, izlabojiet šo
form-email-invalid = Ievadiet e-pasta adresi, piemēram, vards@example.org.
form-password-required = Ievadiet paroli.
form-signin-wrong = E-pasta adrese vai parole nav pareiza.
form-password-current-wrong = Pašreizējā parole nav pareiza.
form-password-too-short = Parolē jābūt vismaz 10 rakstzīmēm.
form-password-too-long = Parolē var būt ne vairāk kā 1024 rakstzīmes.
form-token-name-invalid = Dažos vārdos norādiet, kam marķieris paredzēts (līdz 120 rakstzīmēm).
form-name-invalid = Ievadiet vārdu, ne garāku par 120 rakstzīmēm.
account-title = Jūsu konts
account-roles = Jūsu projekti
account-no-roles = Jums vēl nav lomas nevienā projektā. Organizators var jūs uzaicināt.
account-password = Mainīt paroli
account-password-submit = Mainīt paroli
account-password-changed = Parole ir nomainīta. Visās citās ierīcēs jūs esat izrakstīts.
account-sessions = Kur esat pieteicies
account-sessions-caption = Jūsu sesijas, sākot ar pēdējo izmantoto
account-device = Pārlūks vai ierīce
account-last-seen = Pēdējoreiz izmantota
account-actions = Darbības
account-this-session = Šī sesija
account-end-session = Izrakstīties tur
account-session-ended = Sesija ir beigta.
account-unknown-device = Nezināms pārlūks
account-tokens = API marķieri
account-tokens-help = Marķieris ļauj skriptam izmantot API ar jūsu tiesībām. Glabājiet to noslēpumā un atsauciet, kad tas vairs nav vajadzīgs.
account-tokens-caption = Jūsu API marķieri
account-token-create = Izveidot marķieri
account-token-created = Jaunais marķieris ir gatavs.
account-token-once = Nokopējiet to tūlīt: tas vairs netiks parādīts.
account-token-revoked = Marķieris ir atsaukts.
account-created = Izveidots
account-last-used = Pēdējoreiz izmantots
account-never-used = nekad
account-revoked = atsaukts
account-revoke = Atsaukt
member-role-organiser = Organizators
member-role-coordinator = Partnera koordinators
member-role-participant = Dalībnieks
admin-title = Instances administrēšana
error-session-not-found = Sesija nav atrasta
error-token-not-found = Marķieris nav atrasts
error-request-cross-site = Pieprasījums noraidīts
error-403-help = Šis pieprasījums tika noraidīts. Ja atvērāt saiti no citas tīmekļvietnes, atveriet šo vietni tieši un mēģiniet vēlreiz.
error-form-invalid = Veidlapu nevarēja nolasīt

## Administrācija: projekti, cilvēki, uzaicinājumi, auditācijas žurnāls
manage-title = Administrācija
manage-your-role = Jūsu loma:
manage-public-page = Projekta publiskā lapa
field-role = Loma
field-town = Partnerpilsēta
people-title = Cilvēki un lomas
people-caption = Visi, kam ir loma šajā projektā
people-change-role = Mainīt
people-revoke = Noņemt no projekta
people-invite = Uzaicināt
people-invite-help = Uzaicinātais saņems e-pastu ar saiti, ko var izmantot vienu reizi 14 dienu laikā. Ar to var izveidot kontu vai izmantot esošo.
people-town-hint = Partneru koordinatoriem: pilsēta, kuras delegāciju viņi reģistrē.
people-invite-submit = Nosūtīt uzaicinājumu
people-invited = Uzaicinājums nosūtīts.
people-role-changed = Loma ir mainīta.
people-revoked = Šai personai vairs nav lomas projektā.
form-role-invalid = Izvēlieties lomu.
form-role-town-required = Partnera koordinators darbojas vienas partnerpilsētas vārdā: izvēlieties to.
form-invitation-account-exists = Konts ar šo adresi jau pastāv. Vispirms piesakieties, tad atveriet uzaicinājumu vēlreiz.
form-account-unknown = Nav konta ar šo adresi.
form-project-unknown = Izvēlieties projektu.
audit-title = Auditācijas žurnāls
audit-empty = Vēl nekas nav mainīts.
audit-caption = Kas ko mainīja, sākot ar jaunāko
audit-when = Kad
audit-who = Kas
audit-what = Ko
audit-target = Attiecībā uz
audit-system = sistēma
audit-account-create = izveidots konts
audit-account-create_admin = izveidots administrators
audit-account-password_change = mainīta parole
audit-account-password_reset = atjaunota parole
audit-role-set = piešķirta loma
audit-role-revoke = noņemta loma
audit-invitation-create = nosūtīts uzaicinājums
audit-invitation-accept = pieņemts uzaicinājums
audit-token-create = izveidots API marķieris
audit-token-revoke = atsaukts API marķieris
invitation-title = Uzaicinājums
invitation-project = Projekts
invitation-expires = Derīgs līdz
invitation-signed-in-as = Jūs esat pieteicies kā
invitation-accept = Pieņemt uzaicinājumu
invitation-new-account = Izveidojiet savu kontu
invitation-create-and-accept = Izveidot kontu un pieņemt
invitation-have-account = Jums jau ir konts?
admin-accounts = Konti
admin-accounts-caption = Visi šīs instances konti
admin-grant = Iecelt par organizatoru
admin-grant-submit = Iecelt par organizatoru
admin-organiser-granted = Konts tagad ir projekta organizators.
admin-mail = E-pasta izsūtne
admin-mail-empty = Vēl nav nosūtīts neviens e-pasts.
admin-mail-caption = Jaunākie ziņojumi, sākot ar pēdējo
admin-mail-to = Kam
admin-mail-subject = Temats
admin-mail-status = Statuss
admin-mail-sent = nosūtīts
admin-mail-waiting = { $attempts ->
    [0] gaida
    [zero] gaida, { $attempts } neveiksmīgu mēģinājumu
    [one] gaida, { $attempts } neveiksmīgs mēģinājums
   *[other] gaida, { $attempts } neveiksmīgi mēģinājumi
}
error-auth-forbidden = Nav atļauts
error-409-help = Šīs izmaiņas radītu neatļautu stāvokli.
error-member-not-found = Šajā projektā šāda persona nav atrasta
error-invitation-invalid = Šo uzaicinājumu nevar izmantot
error-mail-not-found = Ziņojums nav atrasts
error-role-last-organiser = Projektam vajadzīgs organizators
mail-invitation-subject = Uzaicinājums: { $project }
mail-invitation-body =
    Labdien!

    { $inviter } aicina jūs piedalīties projektā “{ $project }” platformā Twinning ar lomu: { $role }.

    Lai pieņemtu uzaicinājumu, atveriet šo saiti (to var izmantot vienu reizi līdz { $date }):
    { $link }

    Ja šo uzaicinājumu negaidījāt, varat šo ziņojumu neņemt vērā.

## Paroles atjaunošana
reset-title = Atjaunot paroli
reset-help = Ievadiet sava konta e-pasta adresi. Mēs nosūtīsim saiti jaunas paroles izvēlei.
reset-submit = Nosūtīt saiti
reset-sent = Ja šai adresei ir konts, saite jaunas paroles izvēlei ir ceļā. To var izmantot vienu reizi stundas laikā.
reset-new-title = Izvēlieties jaunu paroli
reset-new-submit = Saglabāt jauno paroli
reset-done = Parole ir nomainīta. Piesakieties ar jauno paroli.
error-reset-invalid = Šo saiti nevar izmantot
admin-mail-retry = Mēģināt vēlreiz tūlīt
mail-reset-subject = Twinning paroles atjaunošana
mail-reset-body =
    Labdien, { $name }!

    Kāds ir lūdzis atjaunot jūsu Twinning konta paroli. Lai izvēlētos jaunu paroli, { $minutes } minūšu laikā atveriet šo saiti (to var izmantot vienu reizi):
    { $link }

    Ja tas nebijāt jūs, šo ziņojumu neņemiet vērā: jūsu parole paliek nemainīta.

## Projekta satura tulkošana
translations-title = Tulkojumi
translations-help = Cik liela daļa projekta satura ir pieejama katrā tā valodā. Ja teksta trūkst, lapās tas tiek rādīts projekta galvenajā valodā, pēc tam angliski, un tas ir atzīmēts.
translations-caption = Lauki, kuros ir teksts, pēc satura veida un valodas
translations-what = Saturs
translations-all = Viss saturs
translations-cell = { $done } no { $total }
translations-files = Datnes tulkotājiem
translations-files-help = Lejupielādējiet tekstus XLIFF datnē, ko atver tulkošanas rīki; augšupielādējiet tulkoto datni, lai tekstus ievietotu. Jūs redzēsiet, kas mainījās.
translations-download-missing = Lejupielādēt trūkstošo (XLIFF)
translations-download-all = Lejupielādēt visu
translations-upload = Tulkotā XLIFF datne
translations-upload-submit = Augšupielādēt un piemērot
translations-add-language = Pievienot valodu
translations-language-code = Valodas kods
translations-language-code-hint = Piemēram, de, sv, sr-Latn vai it.
translations-add-language-submit = Pievienot valodu
translations-language-added = Valoda ir pievienota projektam.
translations-editor-help = Katrā laukā redzams tā teksts projekta galvenajā valodā; zem tā ierakstiet tulkojumu. Notīrot lauku, tulkojums tiek noņemts.
translations-save = Saglabāt tulkojumus
translations-changed = Kas mainījās
translations-removed = Noņemtie tulkojumi:
translations-report = { $changed ->
    [zero] Mainīti { $changed } teksti
    [one] Mainīts { $changed } teksts
   *[other] Mainīti { $changed } teksti
}, noņemti: { $removed }, nemainīti: { $unchanged }, noraidīti: { $rejected }.
translations-unknown-field = { $id }: šajā projektā šāda lauka nav.
translations-group-project = Projekts
translations-group-partner = Partneris
translations-group-event = Tikšanās
translations-group-item = Programmas punkts
translations-group-venue = Norises vieta
translations-group-town = Pilsēta
translations-group-organisation = Organizācija
translations-group-twinning = Pilsētu vienošanās
translations-field-title = nosaukums
translations-field-aims = mērķi
translations-field-programme = finansējuma programma
translations-field-strand = darbības virziens
translations-field-measure = pasākums
translations-field-label = saites teksts
translations-field-illustrative = piezīme par ilustratīviem datiem
translations-field-description = apraksts
translations-field-hosts = vadītāji un runātāji
translations-field-name = nosaukums
translations-field-accessibility = piekļūstamība
translations-field-region = reģions
form-text-too-long = Teksts ir pārāk garš.
form-text-required = Šim tekstam jābūt vismaz vienā valodā.
form-text-control-character = Tekstā ir neredzama vadības rakstzīme; lūdzu, izņemiet to.
error-language-not-in-project = Šī valoda nav starp projekta valodām
error-xliff-malformed = Datne nav nolasāma XLIFF datne
error-xliff-wrong-language = Datne ir citai valodai
error-xliff-empty = Datnē nav tekstu
error-xliff-upload = Datni nevarēja saņemt
error-lang-invalid = Tas nav valodas kods
error-422-help = Datus nevarēja izmantot. Atgriezieties, pārbaudiet tos un mēģiniet vēlreiz.

## Programmas pārbaudes
checks-title = Programmas pārbaudes
checks-intro = Tas, ko pieredzējis organizators pārbauda vēlreiz pirms publicēšanas. Tie ir brīdinājumi, nevis kļūdas: programmu joprojām var publicēt.
checks-none = Brīdinājumu nav: programma izskatās saskaņota.
checks-count = { $count ->
    [zero] { $count } brīdinājumu
    [one] { $count } brīdinājums
   *[other] { $count } brīdinājumi
}
check-outside-event = “{ $item }” notiek dienā ārpus tikšanās datumiem.
check-venue-double-booked = “{ $first }” un “{ $second }” vienlaikus izmanto vietu: { $venue }.
check-delegates-overlap = “{ $first }” un “{ $second }” abi paredzēti visām delegācijām, un tie pārklājas.
check-too-little-travel = No “{ $first }” līdz “{ $second }” ir { $km } km { $mode }: vajag aptuveni { $needed ->
    [zero] { $needed } minūšu
    [one] { $needed } minūti
   *[other] { $needed } minūtes
}, bet starp tiem ir tikai { $available ->
    [zero] { $available } minūšu
    [one] { $available } minūte
   *[other] { $available } minūtes
}.
check-public-without-capacity = “{ $item }” ir atvērts sabiedrībai, bet tam nav norādīts vietu skaits, tāpēc reģistrāciju nevar ierobežot.
check-mode-walk = kājām
check-mode-coach = ar autobusu

programme-last-changed = Pēdējoreiz mainīts: { $date }

## Programmas redaktors
manage-programme-for = Programma: { $event }
items-new = Pievienot programmas punktu
items-saved = Programmas punkts ir saglabāts.
items-deleted = Programmas punkts ir dzēsts.
items-field-slug = Īsais nosaukums adresei
items-slug-hint = Mazie burti, cipari un defises, piemēram, cietoksna-apmeklejums. Vēlāk to nevar mainīt.
items-field-title = Nosaukums
items-when = Kad
items-field-starts = Sākums
items-field-ends = Beigas
items-field-kind = Veids
items-field-capacity = Vietu skaits
items-capacity-hint = Atstājiet tukšu, ja ierobežojuma nav. Sabiedrībai atvērtiem punktiem tam vajadzētu būt.
items-field-venues = Norises vietas
items-field-description = Apraksts
items-languages-hint = Valodu kodi, atdalīti ar komatiem, piemēram, lv, en.
items-save = Saglabāt
items-duplicate = Dublēt
items-delete = Dzēst
items-public-page = Programmas punkta publiskā lapa
form-slug-invalid = Izmantojiet 1 līdz 64 mazos burtus, ciparus un atsevišķas defises.
form-item-slug-taken = Citam šīs tikšanās programmas punktam jau ir šāds īsais nosaukums.
form-time-invalid = Ievadiet datumu un laiku.
form-time-nonexistent = Šāda laika tikšanās laika joslā nav (pulksteņi to izlaiž).
form-item-ends-before-start = Programmas punktam jābeidzas pēc tā sākuma.
form-kind-invalid = Izvēlieties veidu.
form-audience-invalid = Izvēlieties, kam programmas punkts paredzēts.
form-capacity-invalid = Ievadiet veselu vietu skaitu, vismaz 1, vai atstājiet tukšu.
form-lang-invalid = Izmantojiet valodu kodus, piemēram, lv, en vai sr-Latn.
form-venue-unknown = Izvēlieties norises vietas no saraksta.
form-item-capacity-zero = Vietu skaits ir vismaz 1; ja ierobežojuma nav, atstājiet tukšu.

## Programmas publicēšana
programme-changes = pievienoti: { $added }, mainīti: { $changed }, noņemti: { $removed }
publish-never = Melnraksts: sabiedrība programmu neredz, kamēr to nepublicējat.
publish-up-to-date = Publicēta { $version }. versija; sabiedrība redz tieši šo.
publish-pending = { $count ->
    [zero] { $count } izmaiņu
    [one] { $count } izmaiņa
   *[other] { $count } izmaiņas
} kopš { $version }. versijas vēl nav publiskas.
publish-submit = Publicēt programmu
publish-done = Programma ir publicēta. Publiskajā lapā un kalendāros tā redzama jau tagad.
publish-nothing = Nav ko publicēt: sabiedrība jau redz šo programmu.
audit-programme-publish = publicēta programma
audit-item-create = pievienots programmas punkts
audit-item-update = mainīts programmas punkts
audit-item-duplicate = dublēts programmas punkts
audit-item-delete = dzēsts programmas punkts
audit-translation-update = mainīti tulkojumi
audit-project-language_add = pievienota valoda

## Tikšanās klonēšana
events-clone = Klonēt šo tikšanos
events-clone-help = Nokopējiet tās programmu kā sākumpunktu nākamajai tikšanās reizei: katrs programmas punkts pārvietojas līdz ar jauno pirmo dienu. Kopija ir melnraksts, līdz to publicējat.
events-clone-slug = Jaunās tikšanās īsais nosaukums
events-clone-start = Jaunās tikšanās pirmā diena
events-clone-submit = Klonēt
events-cloned = Tikšanās ir klonēta. Tās programma ir melnraksts, līdz to publicējat.
form-event-slug-taken = Projektā jau ir tikšanās ar šādu īso nosaukumu.
form-date-invalid = Ievadiet datumu.
audit-event-clone = klonēta tikšanās

## Projekta izveide (administrācija)
setup-new-title = Izveidot projektu
setup-new-intro = Projekts ir viena pilsētu sadraudzības iniciatīva: tā partnerpilsētas, tikšanās un to programmas. Jūs būsiet tā pirmais organizators; jūsu pilsēta ir tā vadošais partneris. Visu vēlāk var mainīt.
setup-create = Izveidot projektu
setup-created = Projekts ir izveidots. Tālāk pievienojiet partnerpilsētas, norises vietas un pirmo tikšanos.
setup-saved = Projekta dati ir saglabāti.
setup-settings-title = Projekta dati
setup-settings-intro = Tekstus ievada projekta galvenajā valodā; citās valodās tos pievieno tulkojumu lapās.
setup-field-slug = Īsais nosaukums adresei
setup-slug-hint = Mazie burti, cipari un defises, piemēram, unity-in-diversity. Tas ir redzams katrā projekta adresē, un vēlāk to nevar mainīt.
setup-field-acronym = Akronīms
setup-acronym-hint = Kā projektu pazīst finansētājs, piemēram, TTChan (līdz 40 rakstzīmēm).
setup-field-aims = Mērķi
setup-field-lead-town = Vadošā partnera pilsēta
setup-lead-town-hint = Jūsu pilsēta. Ja tās nav sarakstā, atstājiet “Nav sarakstā” un zemāk norādiet tās nosaukumu un valsti.
setup-town-not-listed = Nav sarakstā
setup-field-town-name = Pilsētas nosaukums oriģinālvalodā
setup-town-name-hint = Kā to raksta pati pilsēta, piemēram, Daugavpils vai Raška. Vajadzīgs tikai pilsētai, kuras nav sarakstā.
setup-field-default-lang = Galvenā valoda
setup-default-lang-hint = Valoda, kurā raksta organizatori, norādīta ar kodu, piemēram, lv, en vai sr-Latn.
setup-field-languages = Projekta valodas
setup-field-period-start = Projekta sākums
setup-field-period-end = Projekta beigas
setup-field-funding-programme = Finansējuma programma
setup-funding-hint = Piemēram, Europe for Citizens (Eiropa pilsoņiem). Atstājiet tukšu, ja projektam nav finansētāja.
setup-field-funding-strand = Darbības virziens
setup-field-funding-measure = Pasākums
setup-field-links = Saites
setup-links-hint = Katra savā rindā: saites teksts, vertikāla svītra un adrese, piemēram, Projekta tīmekļvietne | https://example.org

## Partneri (administrācija)
partners-manage-title = Partnerpilsētas
partners-manage-caption = Pilsētas, kas piedalās, un to lomas
partners-actions = Darbības
partners-change-role = Mainīt lomu
partners-remove = Noņemt
partners-add = Pievienot partnerpilsētu
partners-add-intro = Izvēlieties pilsētu, kas vietnē jau ir, vai norādiet jaunas pilsētas nosaukumu un valsti. Ja norādāt jaunu vadošo partneri, pašreizējais vadošais partneris kļūst par parastu partneri.
partners-added = Partnerpilsēta ir pievienota.
partners-saved = Partnera loma ir mainīta.
partners-removed = Partnerpilsēta ir noņemta no projekta.

## Norises vietas (administrācija)
venues-manage-title = Norises vietas
venues-manage-caption = Projekta norises vietas pa pilsētām
venues-new = Pievienot norises vietu
venues-none-yet = Vēl nav nevienas norises vietas.
venues-saved = Norises vieta ir saglabāta.
venues-slug-hint = Mazie burti, cipari un defises, piemēram, daugavpils-fortress. Vēlāk to nevar mainīt.
venues-new-town-hint = Tikai pilsētai, kuras nav sarakstā, piemēram, ekskursijas pieturvietai.
venues-coordinates-hint = Ģeogrāfiskais platums un garums, piemēram, 55.8714, 26.5161 — vai tādas kartes adrese, kuras centrā ir šī vieta.
venues-map-intro = Lai vietu izvēlētos kartē: atveriet karti, novietojiet norises vietu kartes centrā, nokopējiet adresi no pārlūka adreses joslas un ielīmējiet to koordinātu laukā.
venues-open-map = Atvērt karti (OpenStreetMap)
venues-accessibility-hint = Piekļuve bez pakāpieniem, lifti, pielāgotas tualetes, indukcijas cilpas: tas, kas apmeklētājam jāzina.
venues-public-page = Norises vietas publiskā lapa

## Tikšanās (administrācija)
events-new = Pievienot tikšanos
events-none-yet = Vēl nav nevienas tikšanās.
events-settings = Tikšanās dati
events-programme = Tikšanās programma
events-saved = Tikšanās dati ir saglabāti.
events-delete = Dzēst tikšanos
events-deleted = Tikšanās ir dzēsta.
events-slug-hint = Mazie burti, cipari un defises, piemēram, daugavpils-2018. Vēlāk to nevar mainīt.
events-field-start = Pirmā diena
events-field-end = Pēdējā diena
events-field-zone = Laika josla
events-zone-hint = Tikšanās norises vietas laika josla, norādīta ar IANA nosaukumu, piemēram, Europe/Riga. Visi programmas laiki ir norādīti šajā laika joslā.

## Kas drīkst izveidot projektus (instances administrēšana)
admin-starter = Drīkst izveidot projektus
admin-starter-yes = Jā
admin-starter-allow = Atļaut
admin-starter-revoke = Atsaukt atļauju
admin-starter-saved = Konta tiesības izveidot projektus ir mainītas.

## Projekta izveides veidlapu ziņojumi
form-choose = Izvēlieties…
form-slug-reserved = Ar šo vārdu jau apzīmēta atsevišķa lapa; izvēlieties citu.
form-slug-duplicate = Šis īsais nosaukums ir izmantots divreiz.
form-coordinates-invalid = Platumam jābūt no -90 līdz 90, garumam no -180 līdz 180.
form-coordinates-unreadable = Ievadiet platumu un garumu decimālgrādos, piemēram, 55.8714, 26.5161, vai ielīmējiet tādas kartes adresi, kuras centrā ir šī vieta.
form-country-invalid = Izvēlieties valsti.
form-event-ends-before-start = Tikšanās pēdējā diena nevar būt pirms tās pirmās dienas.
form-event-outside-project = Tikšanās datumiem jāiekļaujas projekta īstenošanas laikā.
form-funding-programme-required = Norādiet finansējuma programmu vai atstājiet tukšu arī darbības virzienu un pasākumu.
form-link-invalid = Katru saiti rakstiet kā saites tekstu, vertikālu svītru un adresi, kas sākas ar https://.
form-partner-already = Šī pilsēta jau ir projekta partneris.
form-project-acronym-invalid = Ievadiet akronīmu no 1 līdz 40 rakstzīmēm.
form-project-default-lang-missing = Starp valodām jābūt arī galvenajai valodai.
form-project-ends-before-start = Projekts nevar beigties, pirms tas sākas.
form-project-one-lead = Projektam ir tieši viens vadošais partneris.
form-project-slug-taken = Citam projektam jau ir šāds īsais nosaukums.
form-status-invalid = Izvēlieties statusu.
form-town-name-required = Ievadiet pilsētas nosaukumu oriģinālvalodā (līdz 300 rakstzīmēm).
form-town-unknown = Izvēlieties pilsētu no saraksta.
form-url-invalid = Ievadiet adresi, kas sākas ar https:// vai http://.
form-venue-slug-taken = Norises vieta ar šādu īso nosaukumu jau pastāv (norises vietas ir kopīgas visiem projektiem).
form-zone-invalid = Ievadiet laika joslu, piemēram, Europe/Riga.
audit-project-create = izveidots projekts
audit-project-update = mainīti projekta dati
audit-partner-add = pievienota partnerpilsēta
audit-partner-role = mainīta partnera loma
audit-partner-remove = noņemta partnerpilsēta
audit-venue-create = pievienota norises vieta
audit-venue-update = mainīta norises vieta
audit-event-create = pievienota tikšanās
audit-event-update = mainīti tikšanās dati
audit-event-delete = dzēsta tikšanās
audit-account-may_start_projects = atļauts izveidot projektus
audit-account-may_not_start_projects = vairs nav atļauts izveidot projektus

## Reģistrēšanās sabiedrībai atvērtiem programmas punktiem
registration-title = Reģistrēties
registration-places-left = { $left ->
    [zero] Vēl ir { $left } brīvu vietu no { $capacity }.
    [one] Vēl ir { $left } brīva vieta no { $capacity }.
   *[other] Vēl ir { $left } brīvas vietas no { $capacity }.
}
registration-full = { $waiting ->
    [0] Visas vietas ir aizņemtas. Varat pierakstīties gaidīšanas sarakstā: ja kāds atceļ reģistrāciju, vietu un e-pastu saņem pirmais gaidītājs.
    [zero] Visas vietas ir aizņemtas; gaida { $waiting } cilvēku. Varat pierakstīties gaidīšanas sarakstā: ja kāds atceļ reģistrāciju, vietu un e-pastu saņem pirmais gaidītājs.
    [one] Visas vietas ir aizņemtas; gaida { $waiting } cilvēks. Varat pierakstīties gaidīšanas sarakstā: ja kāds atceļ reģistrāciju, vietu un e-pastu saņem pirmais gaidītājs.
   *[other] Visas vietas ir aizņemtas; gaida { $waiting } cilvēki. Varat pierakstīties gaidīšanas sarakstā: ja kāds atceļ reģistrāciju, vietu un e-pastu saņem pirmais gaidītājs.
}
registration-email-hint = Uz šo adresi nosūtīsim apstiprinājumu un saiti uz jūsu personīgo lapu.
registration-field-town = Jūsu pilsēta vai organizācija
registration-privacy = Jūsu vārdu, e-pasta adresi, pilsētu un valsti redz tikai projekta “{ $project }” organizatori un, pārbaudot projektu, finansētāja revidenti. Šie dati nekad netiek rādīti publiski. Ar saiti, kas ir jūsu e-pastā, varat apskatīt savas reģistrācijas un tās atcelt.
registration-privacy-accept = Izlasīju, kā tiek izmantoti mani dati, un piekrītu.
registration-submit = Reģistrēties
registration-closed = Reģistrācija ir slēgta: šis programmas punkts jau ir sācies vai beidzies.
registration-done-title = Paldies par reģistrāciju
registration-done-confirmed = Jums ir nodrošināta vieta.
registration-done-waiting = Visas vietas ir aizņemtas: jūs esat gaidīšanas sarakstā. Ja kāda vieta atbrīvosies, saņemsiet e-pastu.
registration-check-mail = Mēs jums nosūtījām e-pastu ar sīkāku informāciju, programmas punktu jūsu kalendāram un saiti uz jūsu personīgo lapu, kurā varat reģistrāciju atcelt.
registration-back = Atpakaļ uz programmas punktu
registration-mail-subject = Reģistrācija: { $item }
registration-mail-confirmed =
    Labdien, { $name }!

    Jums ir nodrošināta vieta:

    { $item }

    Pielikumā ir programmas punkts jūsu kalendāram. Jūsu personīgā lapa ar jūsu programmu, kalendāra plūsmu un pogu reģistrācijas atcelšanai ir šeit (nenododiet šo saiti citiem):
    { $link }
registration-mail-waiting =
    Labdien, { $name }!

    Visas vietas ir aizņemtas, tāpēc jūs esat gaidīšanas sarakstā šim programmas punktam:

    { $item }

    Ja kāds atceļ reģistrāciju, vietu un e-pastu saņem pirmais gaidītājs. Jūsu personīgā lapa, kurā varat arī izstāties no gaidīšanas saraksta, ir šeit (nenododiet šo saiti citiem):
    { $link }
registration-mail-promoted =
    Labdien, { $name }!

    Ir atbrīvojusies vieta, un tā ir jūsu:

    { $item }

    Pielikumā ir programmas punkts jūsu kalendāram. Lai reģistrāciju atceltu, izmantojiet saiti no pirmā e-pasta.
registration-status-confirmed = Vieta apstiprināta
registration-status-waiting = Gaidīšanas sarakstā
registration-status-cancelled = Atcelta
form-registration-town-required = Ievadiet savu pilsētu vai organizāciju (līdz 120 rakstzīmēm).
form-registration-privacy-required = Lūdzu, piekrītiet tam, kā tiek izmantoti jūsu dati, vai nereģistrējieties.

## Personīgā lapa
my-title = Mana programma
my-greeting = Labdien, { $name }! Šī ir jūsu programma: programmas punkti, kuriem reģistrējāties, un delegāciju programma, ja ieradāties kopā ar delegāciju.
my-keep-link = Šīs lapas adrese ir jūsu atslēga: nenododiet to citiem.
my-calendar = Jūsu kalendārā
my-calendar-hint = Abonējiet, un jūsu kalendāra lietotne uzturēs jūsu programmu aktuālu, kad organizatori to mainīs. Arī plūsmas adrese ir privāta.
my-calendar-subscribe = Abonēt kalendāra lietotnē
my-calendar-download = Lejupielādēt kā datni (.ics)
my-registrations = Manas reģistrācijas
my-cancel = Atcelt
my-cancelled = Jūsu reģistrācija ir atcelta.
my-programme = Mana programma pa dienām

## Tikšanās dalībnieki (administrācija)
participants-title = Dalībnieki
participants-for = Dalībnieki: { $event }
participants-title-delegation = Delegācija: { $town }
participants-no-delegation = Bez delegācijas
participants-anonymised = (anonimizēts)
participants-new = Pievienot dalībnieku
participants-saved = Dalībnieka dati ir saglabāti.
participants-deleted = Dalībnieks ir noņemts.
participants-delete = Noņemt šo dalībnieku
participants-total = { $count ->
    [zero] Kopā { $count } dalībnieku.
    [one] Kopā { $count } dalībnieks.
   *[other] Kopā { $count } dalībnieki.
}
participants-figures = Skaitļi
participants-invited = Uzaicinātie dalībnieki (tos sūta partneris no citas valsts)
participants-local = Vietējie dalībnieki
participants-attended = Klātesošie vismaz vienā dienā
participants-by-country = Dalībnieki pa valstīm
participants-by-delegation = Dalībnieki pa delegācijām
participants-by-role = Dalībnieki pēc lomām
participants-count = Skaits
participants-list = Visi dalībnieki
participants-search = Meklēt pēc vārda, pilsētas vai e-pasta adreses
participants-search-submit = Meklēt
participants-none = Vēl neviena nav.
participants-caption = Dalībnieki, sakārtoti pēc vārda
participants-needs = Vajadzības
participants-export-csv = Lejupielādēt kā CSV
participants-export-xlsx = Lejupielādēt kā XLSX (katrai pilsētai sava lapa)
participants-privacy-note = Vajadzīgs tikai vārds, pilsēta vai organizācija un valsts. Informējiet personu, ka šos datus redz organizatori un, pārbaudot projektu, finansētāja revidenti; tie nekad netiek rādīti publiski.
participants-email-hint = Lai personai nosūtītu tās programmu un kalendāra saiti.
participants-field-delegation = Delegācija
participants-field-arrival-place = Ierašanās vieta
participants-field-arrival-time = Ierašanās
participants-field-departure-place = Izbraukšanas vieta
participants-field-departure-time = Izbraukšana
participants-field-by = Transports
participants-field-accommodation = Naktsmītne
participants-field-dietary = Uztura vajadzības
participants-field-access = Piekļūstamības vajadzības
participants-field-photos = Drīkst parādīties projekta fotoattēlos
participant-role-delegate = Delegāts
participant-role-speaker = Runātājs
participant-role-staff = Darbinieks
participant-role-press = Preses pārstāvis
participant-role-resident = Vietējais iedzīvotājs
travel-by-plane = Lidmašīna
travel-by-train = Vilciens
travel-by-bus = Autobuss
travel-by-coach = Tūristu autobuss
travel-by-car = Automašīna
travel-by-ship = Kuģis
travel-by-other = Cits
upload-title = Augšupielādēt sarakstu
upload-intro = CSV vai XLSX datne, kuras pirmajā rindā ir kolonnu nosaukumi. Personas, kas jau ir sarakstā (ar to pašu e-pasta adresi vai, ja tās nav, ar to pašu vārdu), tiek atjauninātas, nevis pievienotas otrreiz.
upload-template = Lejupielādēt veidni (CSV)
upload-file = Datne (CSV vai XLSX)
upload-submit = Augšupielādēt
upload-summary = Pievienoti: { $created }. Atjaunināti: { $updated }. Noraidīti: { $rejected }.
upload-report-caption = Katra datnes rinda un tas, kas ar to notika
upload-row = Rinda
upload-outcome = Rezultāts
upload-created = pievienota
upload-updated = atjaunināta
upload-rejected = noraidīta
upload-back = Atpakaļ uz sarakstu
form-participant-town-required = Ievadiet pilsētu vai organizāciju (līdz 120 rakstzīmēm).
form-participant-role-invalid = Izmantojiet delegate (delegāts), speaker (runātājs), staff (darbinieks), press (prese) vai resident (iedzīvotājs).
form-travel-invalid = Izmantojiet plane (lidmašīna), train (vilciens), bus (autobuss), coach (tūristu autobuss), car (automašīna), ship (kuģis) vai other (cits).
form-travel-leaves-before-arriving = Izbraukšana nevar būt pirms ierašanās.
form-yes-no-invalid = Rakstiet yes (jā) vai no (nē).
audit-people-save = saglabāti dalībnieki
audit-person-update = mainīti dalībnieka dati
audit-person-delete = noņemts dalībnieks

## Kļūdu lapas: iestatīšana, reģistrācija un dalībnieki
error-partner-lead-required = Projektam vajadzīgs vadošais partneris
error-partner-hosts-event = Šī pilsēta uzņem tikšanos
error-partner-has-coordinators = Šai pilsētai ir koordinatori
error-partner-not-found = Partnerpilsēta nav atrasta
error-event-published = Publicētu tikšanos nevar dzēst
error-role-invalid = Nezināma loma
error-allow-invalid = Nezināma izvēle
error-account-not-found = Konts nav atrasts
error-registration-closed = Reģistrācija ir slēgta
error-registration-not-found = Reģistrācija nav atrasta
error-link-unknown = Šo saiti nevar izmantot
error-person-not-found = Dalībnieks nav atrasts
error-delegation-invalid = Nezināma delegācija
error-upload-invalid = Datni nevarēja saņemt
error-upload-empty = Izvēlieties datni
error-upload-unreadable = Datni nevar nolasīt kā CSV vai XLSX
error-upload-no-name-column = Datnē nav vārda kolonnas (name)

## Personas dati: savi dati un to glabāšanas ilgums
my-data = Mani dati
my-data-hint = Varat lejupielādēt visus par jums glabātos datus vai tos dzēst. Dzēšot tiek atceltas jūsu reģistrācijas (jūsu vietas saņem gaidīšanas sarakstā esošie) un notīrīts jūsu vārds, kontaktinformācija un vajadzības; paliek tikai jūsu valsts un delegācija, nesaistīta ar jūsu vārdu, finansētāja pieprasītajos skaitļos. Pēc tam šī saite vairs nedarbosies.
my-data-download = Lejupielādēt manus datus (JSON)
my-erase-confirm = Jā, dzēst manus datus.
my-erase = Dzēst manus datus
my-erase-confirm-needed = Lai dzēstu savus datus, vispirms atzīmējiet apstiprinājuma rūtiņu.
my-erased-title = Jūsu dati ir dzēsti
my-erased = Jūsu reģistrācijas ir atceltas, un jūsu personas dati ir dzēsti. Paldies par dalību.
retention-title = Personas datu glabāšana
retention-hint = Pēc šī datuma šī projekta dalībnieki tiek anonimizēti: vārdi, kontaktinformācija un vajadzības tiek notīrītas; valstis, delegācijas un dalība paliek atskaitei. Norādiet tā laikposma beigas, kurā finansētājs var veikt revīziju.
retention-until = Glabāt personas datus līdz
retention-saved = Datu glabāšanas termiņš ir saglabāts.
audit-project-retention = iestatīts datu glabāšanas termiņš
audit-people-purge = anonimizēti personas dati
error-date-invalid = Nederīgs datums

## Klātesošo atzīmēšana un vārda kartītes
checkin-title = Klātesošo atzīmēšana
checkin-day = Diena
checkin-show-day = Rādīt
checkin-present = Klātesošie: { $count } no { $total }.
checkin-by-code = Pēc vārda kartītes koda
checkin-code = Kods uz vārda kartītes
checkin-submit = Atzīmēt ierašanos
checkin-scan = Skenēt ar kameru
checkin-list = No saraksta
checkin-here = Klātbūtne atzīmēta
checkin-undo = Atsaukt
checkin-done = { $name }: ierašanās ir atzīmēta.
checkin-undone = { $name }: atzīme par klātbūtni ir atsaukta.
checkin-unknown-code = Nevienam šīs tikšanās dalībniekam nav šāda koda. Pārbaudiet kodu vai atrodiet personu sarakstā.
badges-title = Vārda kartītes
badges-hint = Izdrukājiet šo lapu uz A4 formāta papīra (astoņas kartītes uz lapas), izgrieziet pa raustītajām līnijām un ievietojiet kartītes turētājos. Ar kodu un QR kodu var atzīmēt personas ierašanos.
badges-qr = QR kods ierašanās atzīmēšanai:
participants-per-day = Klātesošie pa dienām
participants-present = Klātesošie
error-day-invalid = Nav šīs tikšanās diena
error-person-invalid = Nezināms dalībnieks

## Parakstu lapas
sheet-title = Parakstu lapas
sheet-intro = Pierādījums, ko prasa finansētājs: katrai dienai un katrai delegācijai visu dalībnieku vārdi, pilsētas un valstis ar aili parakstam. Izdrukājiet lapu, lūdziet parakstīties pie reģistrācijas galda un glabājiet to kopā ar projekta dokumentiem.
sheet-blank = Tukša lapa tiem, kas ierodas bez reģistrācijas
sheet-download = Atvērt lapu (PDF)
sheet-walk-ins = Dalībnieki, kas ieradās bez reģistrācijas
sheet-number = Nr.
sheet-signature = Paraksts
sheet-footer = Parakstu lapa
sheet-page = Lapa { $n } no { $total }
error-sheet-invalid = Šai izvēlei parakstu lapu nevar izveidot

## Pašreģistrācija ar delegācijas saiti
join-title = Reģistrēties delegācijā: { $town }
join-intro = Jūsu pilsētas koordinators jums nosūtīja šo saiti reģistrācijai uz tikšanos “{ $event }”. Nepieciešami tikai jūsu vārds, e-pasta adrese, pilsēta un valsts; pārējā informācija palīdz uzņemošajai pusei plānot jūsu ceļojumu, naktsmītni un ēdināšanu.
join-done-title = Paldies par reģistrāciju
join-done = Reģistrācija ir pabeigta. Mēs jums nosūtījām e-pastu ar saiti uz jūsu personīgo programmu; ar to pašu saiti varat apskatīt un dzēst savus datus.
join-mail-subject = Reģistrācija pabeigta: { $event }
join-mail-body =
    Labdien, { $name }!

    Jūsu reģistrācija uz tikšanos “{ $event }” ir pabeigta.

    Jūsu personīgā lapa ar jūsu programmu un kalendāra plūsmu ir šeit (nenododiet šo saiti citiem):
    { $link }
join-links-title = Saites pašreģistrācijai
join-links-intro = Nosūtiet delegācijas saiti tās dalībniekiem: viņi reģistrējas paši un uzreiz nonāk šajā delegācijā. Jauna saite aizstāj veco, un vecā pārstāj darboties.
join-link-none = saites vēl nav
join-link-renew = Jauna saite
join-link-renewed = Jaunā saite ir gatava; vecā vairs nedarbojas.
audit-join-link-renew = atjaunota reģistrācijas saite
audit-people-join = dalībnieks reģistrējies ar saiti

## Atbilstība un dotācija
elig-title = Atbilstība un dotācija
elig-eligible = Projekts atbilst visiem sava uzaicinājuma iesniegt priekšlikumus noteikumiem.
elig-not-eligible = Projekts vēl neatbilst visiem noteikumiem.
elig-no-ruleset = Izvēlieties uzaicinājumu iesniegt priekšlikumus, kura ietvaros projekts tiek finansēts, lai redzētu, vai tas atbilst tā noteikumiem.
elig-no-ruleset-choice = Bez finansētāja noteikumiem
elig-version = noteikumi pēc stāvokļa uz
elig-event-count = { $event }: { $participants ->
    [zero] { $participants } cilvēku
    [one] { $participants } cilvēks
   *[other] { $participants } cilvēki
}, no tiem uzaicināti: { $invited }, { $days ->
    [zero] { $days } dienu
    [one] { $days } diena
   *[other] { $days } dienas
} ({ $basis })
elig-basis-registrations = skaitot reģistrētos
elig-basis-attendance = skaitot klātesošos
elig-grant = Dotācija
elig-grant-band = { $amount }: diapazons, ja uzaicināto dalībnieku ir no { $from } līdz { $to }
elig-grant-band-top = { $amount }: diapazons, ja uzaicināto dalībnieku ir { $from } vai vairāk
elig-grant-overridden = { $amount }, kā ievadījuši organizatori
elig-grant-none = Dotācija netiek piešķirta, kamēr kāds noteikums nav izpildīts.
elig-grant-calculator = Summu aprēķina uzaicinājuma oficiālais kalkulators: ievadiet tā rezultātu zemāk.
elig-next-band = { $more ->
    [zero] Vēl { $more } uzaicināto dalībnieku
    [one] Vēl { $more } uzaicināts dalībnieks
   *[other] Vēl { $more } uzaicināti dalībnieki
} → { $amount }
elig-grant-unverified = Šīs summas vēl nav salīdzinātas ar to avotu ({ $source }); pārbaudiet tās, pirms uz tām paļaujaties.
elig-rules = Noteikumi
elig-rules-caption = Visi uzaicinājuma noteikumi, projekta attiecīgais skaitlis un noteikuma avots
elig-rule = Noteikums
elig-result = Rezultāts
elig-required = Prasība
elig-actual = Projektā
elig-source = Avots
elig-passed = izpildīts
elig-failed = nav izpildīts
elig-verified = salīdzināts ar avotu
elig-unverified = vēl nav salīdzināts ar avotu
elig-overridden = mainījuši organizatori
elig-settings = Uzaicinājums un labojumi
elig-ruleset = Uzaicinājuma noteikumi
elig-call-year = Uzaicinājuma gads
elig-call-year-hint = Nosaka, kuras valstis piedalās. Ja lauks ir tukšs: gads, kurā projekts sākas.
elig-grant-override = Dotācija eiro (aizstāj aplēsi)
elig-grant-override-hint = Piemēram, summa no uzaicinājuma oficiālā kalkulatora. Ja lauks ir tukšs: aplēse pēc noteikumiem.
elig-rule-overrides = Labotās vērtības
elig-rule-overrides-hint = Tikai tad, ja uzaicinājumā, uz kuru iesniedzāt pieteikumu, noteikts citādi; atstājiet tukšu, lai izmantotu parādīto vērtību.
elig-saved = Saglabāts.
form-ruleset-unknown = Izvēlieties kādu no sarakstā norādītajiem uzaicinājumiem iesniegt priekšlikumus.
form-elig-call-year-invalid = Ievadiet gadu, piemēram, 2018.
form-elig-amount-invalid = Ievadiet summu veselos eiro.
form-elig-rule-invalid = Labotajām vērtībām ievadiet veselus skaitļus.
audit-rules-choose = izvēlēts uzaicinājums iesniegt priekšlikumus
audit-rules-override = mainītas noteikumu vērtības

## Publikācijas lapa
publication-title = { $event }: kas notika
publication-here = Publikācija finansētājam
publication-place = Norises vieta
publication-participants = Dalībnieki
publication-invited = Uzaicinātie dalībnieki no partnervalstīm
publication-basis-registrations = līdz šim reģistrētie
publication-basis-attendance = vismaz vienā dienā klātesošie
publication-per-country = Dalībnieki pa valstīm
publication-per-country-caption = Dalībnieku skaits no katras valsts
publication-no-participants = Vēl nav reģistrēts neviens dalībnieks.
publication-days = Pa dienām

## Noslēguma ziņojums
report-link = Noslēguma ziņojums
report-title = Noslēguma ziņojums: { $project }
report-pdf = Lejupielādēt ziņojumu ar parakstu lapām (PDF)
report-participation = Dalība: { $event }
report-annexes = Pielikumi
report-annex-publication = { $event } publikācijas lapa: { $url }
report-annex-programme = { $event } programma: { $url }
report-annex-sheets = { $count ->
    [zero] Šim ziņojumam pievienots { $count } parakstu lapu.
    [one] Šim ziņojumam pievienota { $count } parakstu lapa.
   *[other] Šim ziņojumam pievienotas { $count } parakstu lapas.
}
report-page = { $n }. lapa
participants-send-link = Nosūtīt personai pa e-pastu saiti uz tās personīgo programmu
participants-link-sent = Saite ir nosūtīta; iepriekšējā saite vairs nedarbojas.
audit-person-send_link = nosūtīta personīgā saite
error-person-no-email = Dalībniekam nav e-pasta adreses

## Jaunumi un preses relīzes
news-title = Jaunumi
news-none = Vēl nav publicēta neviena ziņa.
news-all = Visi jaunumi
news-feed = Sekot jaunumiem plūsmu lasītājā (Atom)
news-manage-title = Jaunumi un preses relīzes
news-manage-intro = Sagatavojiet preses relīzes melnrakstu no tikšanās programmas un skaitļiem vai uzrakstiet ziņu. Ziņas paliek melnraksti, ko redz tikai organizatori, līdz tās publicējat.
news-manage-caption = Ziņas, sākot ar jaunāko
news-new = Uzrakstīt ziņu
news-edit-intro = Uzrakstiet ziņu katrā valodā, kurā vēlaties to publicēt. Valoda, kuras lauki atstāti tukši, netiek rādīta; tad lasītāji redz ziņu citā valodā.
news-field-title = Virsraksts
news-field-body = Teksts
news-body-hint = Vienkāršs teksts. Starp rindkopām atstājiet tukšu rindu.
news-slug-hint = Ziņas adreses pēdējā daļa. Atstājiet tukšu, lai to izveidotu no virsraksta.
news-status = Statuss
news-public-page = Publiskā lapa
news-draft = Melnraksts, nav publisks
news-published-on = Publicēts: { $date }
news-draft-press-release = Sagatavot preses relīzes melnrakstu: { $event }
news-drafted = Preses relīzes melnraksts ir sagatavots no tikšanās datiem. Pārbaudiet to, rediģējiet un publicējiet.
news-saved = Ziņa ir saglabāta.
news-published = Ziņa ir publicēta.
news-unpublished = Ziņa atkal ir melnraksts un vairs nav publiska.
news-deleted = Ziņa ir dzēsta.
news-publish = Publicēt
news-unpublish = Atgriezt melnraksta statusā
news-delete = Dzēst ziņu
error-news-not-found = Ziņa nav atrasta
error-news-slug-taken = Citai ziņai jau ir šāda adrese
form-news-title-missing = Šajā valodā ir teksts, bet nav virsraksta.
form-news-slug-taken = Citai ziņai jau ir šāda adrese; izvēlieties citu.
audit-news-create = uzrakstīta ziņa
audit-news-update = mainīta ziņa
audit-news-publish = publicēta ziņa
audit-news-unpublish = ziņa atgriezta melnraksta statusā
audit-news-delete = dzēsta ziņa

## Preses relīzes melnraksts: teikumi no tikšanās datiem
press-title = Pilsēta { $host } uzņēma partnerus no { $countries ->
    [1] citas valsts
    [zero] { $countries } valstīm
    [one] { $countries } valsts
   *[other] { $countries } valstīm
} tikšanās “{ $event }” laikā
press-lead = Pilsēta { $host } ({ $country }) uzņēma projekta “{ $project }” tikšanos “{ $event }” ({ $dates }).
press-funding = Tikšanos finansēja { $programme }.
press-delegations = Delegācijas ieradās no šādām pilsētām: { $towns }.
press-participants = { $total ->
    [zero] Pasākumā piedalījās { $total } cilvēku
    [one] Pasākumā piedalījās { $total } cilvēks
   *[other] Pasākumā piedalījās { $total } cilvēki
}, { $invited ->
    [zero] tostarp { $invited } uzaicināto dalībnieku no partnerpilsētām ārvalstīs.
    [one] tostarp { $invited } uzaicināts dalībnieks no partnerpilsētas ārvalstīs.
   *[other] tostarp { $invited } uzaicināti dalībnieki no partnerpilsētām ārvalstīs.
}
press-per-country = Dalībnieki pa valstīm: { $list }.
press-day = { $number }. diena, { $date }: { $items }.
press-signed = Pilsētas { $a } un { $b } parakstīja dokumentu “{ $kind }” ({ $date }).
press-more = Tikšanās programma, dalībnieku skaits pa valstīm un katras dienas apraksts ir publicēti šeit: { $url }

## Tikšanās fotoattēli
photos-title = Fotoattēli
photos-intro = Fotoattēli tiek rādīti tikšanās publikācijas lapā, ko pieprasa finansētājs. Augšupielādējot fotoattēlu, no datnes tiek noņemta informācija par to, kur un kad tas uzņemts, par kameru, kā arī visi datnē saglabātie vārdi.
photos-see-publication = Skatīt publikācijas lapu.
photos-none = Fotoattēlu vēl nav.
photos-add = Pievienot fotoattēlu
photos-edit = Rediģēt
photos-edit-title = Rediģēt fotoattēlu
photos-field-file = Fotoattēls (JPEG vai PNG)
photos-file-hint = Ne vairāk kā { $mib } MiB.
photos-field-alt = Kas redzams fotoattēlā
photos-alt-hint = Tiem, kas fotoattēlu nevar redzēt: aprakstiet to vienā teikumā, piemēram, “Raškas un Daugavpils mēri paraksta memorandu”.
photos-field-caption = Attēla paraksts
photos-field-credit = Fotogrāfs
photos-credit = Foto: { $name }
photos-field-consent = Cilvēki, kurus šajā fotoattēlā var atpazīt, ir piekrituši tā publicēšanai.
photos-field-position = Kārtas numurs
photos-position-hint = Fotoattēli tiek rādīti pēc kārtas numura, sākot ar 1.
photos-upload = Augšupielādēt fotoattēlu
photos-added = Fotoattēls ir pievienots.
photos-saved = Fotoattēls ir saglabāts.
photos-deleted = Fotoattēls ir dzēsts.
photos-delete = Dzēst fotoattēlu
error-photo-not-found = Fotoattēls nav atrasts
error-photo-too-large = Fotoattēls ir pārāk liels
form-photo-empty = Izvēlieties fotoattēlu.
form-photo-too-large = Fotoattēls ir pārāk liels; tas drīkst būt ne lielāks par 12 MiB.
form-photo-format = Var augšupielādēt tikai JPEG un PNG fotoattēlus.
form-photo-dimensions = Fotoattēlu ar šādiem izmēriem pikseļos šajā lapā nevar parādīt.
form-photo-unreadable = Datni nevar nolasīt kā fotoattēlu.
form-photo-duplicate = Šis fotoattēls jau ir lapā.
form-photo-consent-required = Apstipriniet, ka attēlotie cilvēki ir piekrituši publicēšanai.
form-photo-position-invalid = Ievadiet veselu skaitli no 1 līdz 10 000.
audit-photo-add = pievienots fotoattēls
audit-photo-update = mainīts fotoattēls
audit-photo-delete = dzēsts fotoattēls

## Izvērtējuma kopsavilkums un jaunās noslēguma ziņojuma daļas
events-field-evaluation = Izvērtējuma kopsavilkums
events-evaluation-hint = Ko dalībnieki teica izvērtējumā; tas tiks iekļauts noslēguma ziņojumā. Starp rindkopām atstājiet tukšu rindu.
report-evaluation = Izvērtējums: { $event }
report-annex-photos = { $count ->
    [zero] { $event }: { $count } fotoattēlu publikācijas lapā.
    [one] { $event }: { $count } fotoattēls publikācijas lapā.
   *[other] { $event }: { $count } fotoattēli publikācijas lapā.
}
report-annex-news = Preses relīze vai ziņa “{ $title }”: { $url }

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Kāds to pa to laiku ir mainījis
error-412-help = Kāds cits to mainīja pēc tam, kad jūs to nolasījāt. Nolasiet vēlreiz un tad veiciet savas izmaiņas.
edit-changed-meanwhile = Kamēr jūs labojāt šo punktu, kāds cits to saglabāja
edit-changed-meanwhile-help = Nekas nav pārrakstīts. Zemāk redzams, kas saglabāts tagad; jūsu versija joprojām ir veidlapā. Salīdziniet abas, vajadzības gadījumā izlabojiet veidlapu un saglabājiet vēlreiz, lai paturētu savu versiju.
edit-saved-now = Saglabāts tagad
edit-your-version = Jūsu versija ir veidlapā zemāk.
partners-changed-meanwhile = Kāds cits pa to laiku mainīja { $town } lomu: tagad tā ir { $now }; jūs izvēlējāties { $yours }. Izvēlieties vēlreiz, ja jūsu izvēlei jāpaliek.

# --- w-signin ---
form-password-weak = Šo paroli ir pārāk viegli uzminēt. Dažus nesaistītus, neparastus vārdus ir grūti uzminēt.
form-password-weak-common = Šo paroli ir pārāk viegli uzminēt: tā ir bieži lietota parole vai līdzīga tai.
form-password-weak-pattern = Šo paroli ir pārāk viegli uzminēt: tastatūras rakstus un virknes kā abc vai 6543 izmēģina vispirms.
form-password-weak-repeat = Šo paroli ir pārāk viegli uzminēt: atkārtotas rakstzīmes vai vārdi to maz stiprina.
form-password-weak-dates = Šo paroli ir pārāk viegli uzminēt: datumus un gadus izmēģina vispirms.
form-password-weak-names = Šo paroli ir pārāk viegli uzminēt: vārdus, uzvārdus un jūsu adresi izmēģina vispirms.
form-password-weak-word = Šo paroli ir pārāk viegli uzminēt: ar vienu vārdu nepietiek. Pievienojiet vēl dažus nesaistītus vārdus.
form-totp-code-wrong = Kods nav pareizs. Ievadiet pašreizējo kodu no autentifikatora lietotnes vai atkopšanas kodu.
form-totp-code-required = Ievadiet kodu no autentifikatora lietotnes.
form-totp-secret-invalid = Šo noslēpumu nevar izmantot. Pārlādējiet lapu, lai saņemtu jaunu.
form-token-days-invalid = Izvēlieties, cik dienas pilnvara darbojas: no 1 līdz 365.
error-signin-challenge-expired = Šī pieteikšanās ir beigusies
error-page-invalid = Šo lappuses numuru nevar izmantot
signin-wait = Pārāk daudz mēģinājumu. Pagaidiet { $seconds } s un mēģiniet vēlreiz.
totp-signin-title = Otrais solis: jūsu kods
totp-signin-hint = Sešu ciparu kods no autentifikatora lietotnes vai kāds no jūsu atkopšanas kodiem.
field-totp-code = Kods
totp-title = Divpakāpju pieteikšanās
totp-on = Divpakāpju pieteikšanās ir ieslēgta: piesakoties tiek prasīts kods no autentifikatora lietotnes.
totp-off = Divpakāpju pieteikšanās ir izslēgta.
totp-manage = Pārvaldīt divpakāpju pieteikšanos
totp-set-up = Iestatīt divpakāpju pieteikšanos
totp-enabled = Divpakāpju pieteikšanās ir ieslēgta.
totp-disabled = Divpakāpju pieteikšanās ir izslēgta.
totp-recovery-once = Pierakstiet šos atkopšanas kodus un glabājiet tos drošā vietā. Katrs der vienu reizi, ja pazaudējat tālruni. Tie tiek rādīti tikai tagad.
totp-codes-left = Atlikušie atkopšanas kodi: { $count }
totp-disable = Izslēgt divpakāpju pieteikšanos
totp-required = Kā instances administratoram jums vispirms jāiestata divpakāpju pieteikšanās.
totp-help = Pievienojiet šo kontu autentifikatora lietotnei (piemēram, FreeOTP, Aegis vai Google Authenticator): noskenējiet QR kodu, atveriet saiti tālrunī vai ierakstiet atslēgu. Pēc tam ievadiet lietotnes rādīto kodu.
totp-qr-caption = QR kods jūsu autentifikatora lietotnei
totp-secret = Atslēga
totp-link = Saite
totp-link-open = Atvērt autentifikatora lietotnē
totp-confirm = Ieslēgt
account-token-expired = Beigusies
account-token-expires = Derīga līdz
field-token-days = Derīguma laiks
account-token-days = { $days } dienas
security-title = Drošības žurnāls
security-help = Pieteikšanās, neveiksmīgi un palēnināti mēģinājumi, divpakāpju pieteikšanās, API pilnvaras, paroļu maiņa un lomu izmaiņas, jaunākās vispirms. Klienti redzami tikai kā to tīkls.
security-page = Lappuse { $page }
security-empty = Vēl nekas nav reģistrēts.
security-caption = Drošības notikumi, jaunākie vispirms
security-account = Konts
security-client = Tīkls
security-pages = Drošības žurnāla lappuses
security-newer = Jaunāki
security-older = Vecāki
security-signin-ok = pieteicās
security-signin-fail = nepareiza parole
security-signin-throttled = mēģinājums palēnināts
security-totp-enrol = divpakāpju pieteikšanās ieslēgta
security-totp-disable = divpakāpju pieteikšanās izslēgta
security-totp-fail = nepareizs kods
security-totp-throttled = koda mēģinājums palēnināts
security-recovery-used = izmantots atkopšanas kods
security-token-create = izveidota API pilnvara
security-token-use = izmantota API pilnvara
security-token-revoke = atsaukta API pilnvara
security-password-change = parole nomainīta
security-password-reset = parole atiestatīta
security-reset-throttled = atiestatīšanas pieprasījums palēnināts
# --- w-lingers ---
photo-consent-yes = Foto: jā
photo-consent-no = Bez foto
photo-consent-not_asked = Foto: nav jautāts (nefotografēt)
photo-consent-choice-yes = Jā
photo-consent-choice-no = Nē
photo-consent-choice-not_asked = Vēl nav jautāts
consent-minor = Jaunāks par 18 gadiem (nepilngadīgais)
consent-minor-short = Nepilngadīgais
consent-guardian-name = Vecāka vai aizbildņa vārds
consent-guardian-hint = Tikai nepilngadīgajam: vecāks vai aizbildnis, kas piekrīt dalībai.
consent-guardian-consent = Vecāks vai aizbildnis piekrīt šī nepilngadīgā dalībai un tam, kā tiek izmantoti viņa dati
participants-photos = Foto
form-photo-consent-invalid = Izvēlieties "jā", "nē" vai "nav jautāts".
form-participant-guardian-required = Nepilngadīgajam jānorāda vecāka vai aizbildņa vārds.
form-participant-guardian-consent-required = Nepilngadīgais piedalās tikai ar vecāka vai aizbildņa piekrišanu.
privacy-notice-title = Paziņojums par privātumu
privacy-notice-default = Projektu { $project } vada tā organizatori. Viņi glabā šeit ievadīto (jūsu vārdu, pilsētu vai organizāciju, valsti, kontaktinformāciju un to, ko norādāt par ceļu, ēdināšanu un pieejamību) un redz to kopā ar jūsu delegācijas koordinatoru; tas nekad netiek publiskots. { $funder } auditori var pārbaudīt vārdus, pilsētas un apmeklējumu, lai pārliecinātos par dotāciju. Viss tiek glabāts līdz { $until }; pēc tam paliek tikai anonīmi skaitļi. Ar saiti savā e-pastā jūs jebkurā laikā varat redzēt, lejupielādēt vai dzēst savus datus.
privacy-notice-default-no-date = Projektu { $project } vada tā organizatori. Viņi glabā šeit ievadīto (jūsu vārdu, pilsētu vai organizāciju, valsti, kontaktinformāciju un to, ko norādāt par ceļu, ēdināšanu un pieejamību) un redz to kopā ar jūsu delegācijas koordinatoru; tas nekad netiek publiskots. { $funder } auditori var pārbaudīt vārdus, pilsētas un apmeklējumu, lai pārliecinātos par dotāciju. Viss tiek glabāts līdz organizatoru noteiktajam glabāšanas termiņam; pēc tam paliek tikai anonīmi skaitļi. Ar saiti savā e-pastā jūs jebkurā laikā varat redzēt, lejupielādēt vai dzēst savus datus.
privacy-notice-funder-unknown = finansētāja
privacy-edit-title = Paziņojums par privātumu
privacy-edit-intro = Kas ko glabā, cik ilgi un kas to drīkst pārbaudīt. Šis paziņojums tiek rādīts visur, kur projekts vāc personas datus: reģistrācijā, pievienojoties delegācijai, cilvēku veidlapās un personīgajās lapās. Uzrakstiet to katrā vajadzīgajā valodā; tukšai valodai tiek rādīts noklusējuma teksts.
privacy-edit-default = Ja atstāsiet tukšu, tiks rādīts šis paziņojums: { $text }
privacy-edit-saved = Paziņojums par privātumu saglabāts.
my-photos = Foto
my-photos-saved = Jūsu atbilde par fotografēšanu saglabāta.
participants-erase = Dzēst personas datus (pēc viņas lūguma)
participants-erased = Personas dati ir dzēsti; ja persona piedalījās, vārds un pilsēta paliek finansētāja auditam līdz glabāšanas termiņam.
participants-erased-kept = dzēsts, paturēts auditam
# --- w-forms ---
form-date-out-of-range = Datumam jābūt starp 1900. un 2200. gadu.
form-item-outside-event = Programmas punkts ir ārpus tikšanās dienām (ierašanās un aizbraukšanas dēļ atļauta viena diena pirms vai pēc).
form-event-too-long = Tikšanās ilgst ne vairāk kā 366 dienas.
error-date-out-of-range = Datums ārpus 1900.–2200. gada
error-item-outside-event = Programmas punkts ārpus tikšanās dienām
error-event-too-long = Tikšanās ir pārāk gara
error-rate-limited = Pārāk daudz pieprasījumu
error-429-help = No jūsu savienojuma īsā laikā saņemts daudz pieprasījumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.
registration-done-already = Jūs jau esat reģistrējies šim programmas punktam, tāpēc vēl vienu e-pastu nesūtījām: iepriekš saņemtajā ir jūsu personīgā saite.
form-honeypot-label = Atstājiet šo lauku tukšu: tas ir paredzēts automātisku iesniegumu atpazīšanai.
registration-status-pending = Gaida jūsu apstiprinājumu e-pastā
registration-done-pending = Gandrīz gatavs: nosūtījām jums e-pastu ar saiti. Jūsu vieta tiks ieskaitīta, kad to atvērsiet { $hours } stundu laikā.
registration-mail-pending =
    Labdien, { $name }!

    Lūdzu, apstipriniet savu reģistrāciju:

    { $item }

    Jūsu vieta tiks ieskaitīta tikai tad, kad atvērsiet šo saiti un nospiedīsiet pogu (tā derīga līdz { $until }):
    { $confirm }

    Ja nereģistrējāties, neņemiet šo e-pastu vērā: reģistrācija pati zaudēs spēku. Jūsu personīgā lapa ir šeit (paturiet šo saiti pie sevis):
    { $link }
confirm-title = Apstipriniet savu reģistrāciju
confirm-intro = Nospiediet pogu, lai apstiprinātu reģistrāciju. No tā brīža jūsu vieta tiek ieskaitīta.
confirm-submit = Apstiprināt manu reģistrāciju
confirm-done = Paldies: jūsu reģistrācija ir apstiprināta, un jums ir vieta.
error-registration-confirmation-expired = Šīs apstiprinājuma saites derīgums ir beidzies; lūdzu, reģistrējieties vēlreiz
registration-settings-save = Saglabāt
registration-settings-confirm = Ieskaitīt publisku reģistrāciju tikai tad, kad persona to apstiprina ar saiti savā e-pastā
registration-settings-hint = Tas neļauj skriptiem aizpildīt vietas ar izdomātām adresēm. Neapstiprinātas reģistrācijas vietu neaizņem un pēc 48 stundām zaudē spēku.
registration-settings-saved = Saglabāts: kā tiek pieņemtas reģistrācijas.
# --- w-uploads ---
error-request-too-large-limit = Uz šo adresi var nosūtīt ne vairāk kā { $mib } MiB.
error-sheet-file-too-large = Fails ir pārāk liels
error-sheet-file-too-large-limit = Saraksts var būt ne lielāks par { $limit } MiB.
error-sheet-uncompressed-too-large = Izpakota darbgrāmata satur pārāk daudz datu
error-sheet-uncompressed-too-large-limit = Izpakota darbgrāmata var saturēt ne vairāk kā { $limit } MiB.
error-sheet-compression-ratio = Darbgrāmata ir aizdomīgi cieši saspiesta
error-sheet-compression-ratio-limit = Darbgrāmatas daļa izpakota var būt ne vairāk kā { $limit } reizes lielāka par saspiesto.
error-sheet-too-many-parts = Darbgrāmatai ir pārāk daudz daļu
error-sheet-too-many-parts-limit = Darbgrāmatai var būt ne vairāk kā { $limit } daļas.
error-sheet-too-many-rows = Sarakstā ir pārāk daudz rindu
error-sheet-too-many-rows-limit = Sarakstā var būt ne vairāk kā { $limit } rindas, ieskaitot virsrindu. Sadaliet to vairākos failos.
error-sheet-too-many-columns = Sarakstā ir pārāk daudz kolonnu
error-sheet-too-many-columns-limit = Sarakstā var būt ne vairāk kā { $limit } kolonnas.
error-sheet-too-many-cells = Sarakstā ir pārāk daudz šūnu
error-sheet-too-many-cells-limit = Sarakstā var būt ne vairāk kā { $limit } šūnas.
error-sheet-cell-too-long = Kāda šūna ir pārāk gara
error-sheet-cell-too-long-limit = Šūnā var būt ne vairāk kā { $limit } rakstzīmes.
error-sheet-markup-too-long = Darbgrāmatā ir datu bloks, kas ir par garu, lai būtu šūna
error-sheet-markup-too-long-limit = Starp diviem marķieriem darbgrāmatā var būt ne vairāk kā { $limit } baiti.
error-sheet-too-slow = Saraksta nolasīšana aizņēma pārāk ilgu laiku
error-sheet-too-slow-limit = Sarakstam jābūt nolasāmam { $limit } sekundēs.
error-xliff-too-large = Fails ir pārāk liels
error-xliff-too-large-limit = XLIFF fails var būt ne lielāks par { $mib } MiB.
error-xliff-doctype = Failā ir DOCTYPE deklarācija, kas XLIFF failiem nav vajadzīga; izņemiet to un augšupielādējiet vēlreiz
error-xliff-too-deep = Failā elementi ir ligzdoti pārāk dziļi
error-xliff-too-deep-limit = Elementus var ligzdot ne dziļāk par { $limit } līmeņiem.
error-xliff-too-many-units = Failā ir pārāk daudz tekstu
error-xliff-too-many-units-limit = XLIFF failā var būt ne vairāk kā { $limit } teksti.
form-photo-truncated = Fails beidzas agrāk nekā attēls — tas ir nogriezts. Augšupielādējiet visu fotoattēlu.
form-photo-no-image-data = Failā nav attēla.
form-photo-too-many-pixels = Fotoattēlā ir pārāk daudz pikseļu: ne vairāk kā 40 megapikseļi un 16 000 pikseļu vienā malā.
form-photo-polyglot = Failā aiz attēla ir vēl kāds dokuments; augšupielādējiet tikai fotoattēlu.
# --- w-heavy ---
error-server-busy = Tiek sagatavots
error-server-busy-help = Serveris pašlaik sagatavo citus dokumentus. Šī lapa pēc { $seconds } sekundēm pieprasīs vēlreiz pati; jums nekas nav jādara.
