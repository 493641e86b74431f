## Svetainės rėmai
site-name = Twinning
language-name = Lietuvių
og-locale = lt_LT
skip-to-content = Pereiti prie turinio
language-switcher = Kalba
breadcrumbs = Jūs esate čia
footer-about = Twinning – atvirojo kodo programinė įranga miestų partnerystės projektams.
footer-api = Atvirieji duomenys: API ir jos aprašas

## Klaidos
error-field = Problema susijusi su:
error-home-link = Eiti į pradžios puslapį
error-400-help = Adrese kažkas negerai. Patikrinkite jį ir bandykite dar kartą.
error-404-help = Šiuo adresu nieko nėra. Galbūt adresas įvestas su klaida arba puslapis perkeltas.
error-405-help = Šio adreso taip naudoti negalima.
error-500-help = Mūsų pusėje įvyko klaida. Ji užregistruota; prašome bandyti dar kartą vėliau.
error-503-help = Šiuo metu paslauga negali pasiekti savo duomenų bazės. Prašome bandyti dar kartą po kelių minučių.
error-route-not-found = Puslapis nerastas
error-route-method-not-allowed = Neleidžiama
error-project-not-found = Projektas nerastas
error-event-not-found = Susitikimas nerastas
error-item-not-found = Programos punktas nerastas
error-town-not-found = Miestas nerastas
error-venue-not-found = Renginio vieta nerasta
error-query-lang-invalid = Nežinoma kalba
error-query-lang-repeated = Kalba nurodyta du kartus
error-request-too-large = Per daug duomenų
error-request-timeout = Užtruko per ilgai
error-408-help = Atsakymo parengimas užtruko per ilgai. Prašome bandyti dar kartą.
error-413-help = Išsiųsta daugiau duomenų, nei šiuo adresu galima priimti.
error-server-error = Serverio klaida
error-server-database-unavailable = Laikinai nepasiekiama

## Pradžia
home-title = Miestų partnerystės projektai
home-intro = Miestai partneriai, jų susitikimai ir programos bei žmonės, kurie juos suburia.
home-projects = Projektai
home-no-projects = Kol kas nepaskelbtas nė vienas projektas.

## Projektai
project-period = Laikotarpis
project-status = Būsena
project-lead = Pagrindinis partneris
project-all-partners = Visi partneriai
project-events = Susitikimai
project-twinnings = Miestų partnerių susitarimai
funding-programme = Finansavimo programa
funding-strand = Kryptis
funding-measure = Priemonė
status-planned = Planuojamas
status-running = Vykdomas
status-completed = Baigtas
status-cancelled = Atšauktas
partner-count = { $count ->
    [one] { $count } partneris
    [few] { $count } partneriai
    [many] { $count } partnerio
   *[other] { $count } partnerių
} iš { $countries ->
    [one] { $countries } šalies
    [few] { $countries } šalių
    [many] { $countries } šalies
   *[other] { $countries } šalių
}
role-lead = Pagrindinis partneris
role-partner = Partneris
role-associated = Asocijuotasis partneris

## Partneriai
partners-title = Partneriai
partners-caption = Projekto miestai partneriai ir jų vaidmenys
partners-town = Miestas
partners-country = Šalis
partners-role = Vaidmuo
partners-organisation = Miestui atstovauja
illustrative-badge = Iliustracinio pobūdžio:
illustrative-mark = iliustracinis
illustrative-time-title = Laikas nurodytas iliustraciniais tikslais: šaltinyje nurodyta tik diena.

## Miestų partnerystė
twinning-twin = Susigiminiavę miestai
twinning-partnership = Partnerystė
twinning-friendship = Draugystės sutartis
twinning-memorandum_of_cooperation = Bendradarbiavimo memorandumas
twinning-between = { $kind }: { $a } ir { $b }
twinning-between-since = { $kind }: { $a } ir { $b }, { $since }
twinning-since = nuo { $date }
twinning-signed-at = pasirašyta susitikimo metu
twinning-document = dokumentas

## Susitikimai
event-dates = Datos
event-host = Priimantis miestas
event-zone = Laiko juosta
event-days = Dienų programa
event-venues = Renginių vietos
event-see-programme = Žiūrėti programą

## Programa
programme-title = Programa
programme-description = { $event }: programa pagal dienas.
programme-ics = Įtraukti į kalendorių (.ics)
programme-days-nav = Dienos
programme-day-empty = Šiai dienai kol kas nieko nesuplanuota.
programme-day-number = { $number } diena
programme-item-count = { $count ->
    [one] { $count } programos punktas
    [few] { $count } programos punktai
    [many] { $count } programos punkto
   *[other] { $count } programos punktų
}
item-capacity = { $count ->
    [one] { $count } vieta
    [few] { $count } vietos
    [many] { $count } vietos
   *[other] { $count } vietų
}
item-when = Kada
item-where = Kur
item-audience = Kam skirta
item-hosts = Vedėjai ir pranešėjai
item-languages = Kalbos
item-event = Susitikimas
audience-delegates = Delegacijoms
audience-public = Atvira visuomenei

kind-arrival = Atvykimas
kind-sightseeing = Lankytinų vietų apžiūra
kind-official_meeting = Oficialus susitikimas
kind-presentation = Pristatymas
kind-signing = Pasirašymas
kind-conference = Konferencija
kind-lecture = Paskaita
kind-debate = Debatai
kind-group_work = Darbas grupėse
kind-workshop = Dirbtuvės
kind-cultural_evening = Kultūros vakaras
kind-meal = Maitinimas
kind-excursion = Ekskursija
kind-visit = Vizitas
kind-ceremony = Ceremonija
kind-evaluation = Vertinimas
kind-departure = Išvykimas
kind-free_time = Laisvas laikas

## Miestai ir renginių vietos
town-description = { $town }, { $country }: partnerystės ryšiai ir projektai.
town-country = Šalis
town-region = Regionas
town-population = Gyventojų skaičius
town-location = Vieta
town-website = Interneto svetainė
town-twinnings = Partnerystės ryšiai ir susitarimai
town-no-twinnings = Šio miesto partnerystės ryšių neužregistruota.
town-projects = Projektai
town-no-projects = Šis miestas čia kol kas nedalyvauja jokiame projekte.
town-organisations = Miestui atstovauja
venue-map = žemėlapis
venue-address = Adresas
venue-town = Miestas
venue-coordinates = Koordinatės
venue-accessibility = Prieinamumas
venue-held-here = Čia vyksta
venue-nothing-held = Čia nieko nesuplanuota.

## Datos (diena, mėnuo ir metai – skaičiai; mėnesių ir savaitės dienų pavadinimai – žemiau, kilmininku)
date-day-heading = { $month } { $day } d. ({ $weekday })
date-long = { $year } m. { $month } { $day } d.
date-range-month = { $year } m. { $month } { $start }–{ $end } d.
date-range = { $start } – { $end }
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio
weekday-1 = pirmadienis
weekday-2 = antradienis
weekday-3 = trečiadienis
weekday-4 = ketvirtadienis
weekday-5 = penktadienis
weekday-6 = šeštadienis
weekday-7 = sekmadienis

## Kalbos (programos punktų)
lang-en = anglų
lang-lv = latvių
lang-ltg = latgalių
lang-lt = lietuvių
lang-pl = lenkų
lang-de = vokiečių
lang-sv = švedų
lang-sr = serbų
lang-sr-Cyrl = serbų (kirilica)
lang-sr-Latn = serbų (lotyniškais rašmenimis)
lang-it = italų
lang-ru = rusų
lang-fr = prancūzų
lang-es = ispanų

## Šalys
country-AL = Albanija
country-AT = Austrija
country-BA = Bosnija ir Hercegovina
country-BE = Belgija
country-BG = Bulgarija
country-BY = Baltarusija
country-CH = Šveicarija
country-CY = Kipras
country-CZ = Čekija
country-DE = Vokietija
country-DK = Danija
country-EE = Estija
country-ES = Ispanija
country-FI = Suomija
country-FR = Prancūzija
country-GB = Jungtinė Karalystė
country-GR = Graikija
country-HR = Kroatija
country-HU = Vengrija
country-IE = Airija
country-IS = Islandija
country-IT = Italija
country-LI = Lichtenšteinas
country-LT = Lietuva
country-LU = Liuksemburgas
country-LV = Latvija
country-MD = Moldova
country-ME = Juodkalnija
country-MK = Šiaurės Makedonija
country-MT = Malta
country-NL = Nyderlandai
country-NO = Norvegija
country-PL = Lenkija
country-PT = Portugalija
country-RO = Rumunija
country-RS = Serbija
country-SE = Švedija
country-SI = Slovėnija
country-SK = Slovakija
country-TR = Turkija
country-UA = Ukraina
country-XK = Kosovas

## Prisijungimas ir paskyros puslapis
signin-title = Prisijungimas
signin-submit = Prisijungti
signin-forgot = Pamiršote slaptažodį?
signin-too-many = Per daug nesėkmingų bandymų. Jūsų paskyros saugumo sumetimais prašome palaukti { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minutes
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
} ir bandyti dar kartą.
signout-submit = Atsijungti
field-email = El. pašto adresas
field-password = Slaptažodis
field-name = Vardas ir pavardė
field-current-password = Dabartinis slaptažodis
field-new-password = Naujas slaptažodis
field-token-name = Kam skirtas raktas
password-hint = Ne mažiau kaip 10 simbolių. Keli tarpusavyje nesusiję žodžiai sudaro stiprų ir lengvai įsimenamą slaptažodį.
form-error-summary = Ištaisykite šias klaidas
form-email-invalid = Įveskite el. pašto adresą, pavyzdžiui, vardas@example.org.
form-password-required = Įveskite slaptažodį.
form-signin-wrong = Neteisingas el. pašto adresas arba slaptažodis.
form-password-current-wrong = Neteisingas dabartinis slaptažodis.
form-password-too-short = Slaptažodį turi sudaryti ne mažiau kaip 10 simbolių.
form-password-too-long = Slaptažodį gali sudaryti ne daugiau kaip 1024 simboliai.
form-token-name-invalid = Keliais žodžiais nurodykite, kam skirtas raktas (iki 120 simbolių).
form-name-invalid = Įveskite vardą ir pavardę (iki 120 simbolių).
account-title = Jūsų paskyra
account-roles = Jūsų projektai
account-no-roles = Kol kas neturite vaidmens jokiame projekte. Jus gali pakviesti organizatorius.
account-password = Slaptažodžio keitimas
account-password-submit = Pakeisti slaptažodį
account-password-changed = Slaptažodis pakeistas. Visuose kituose įrenginiuose esate atjungti.
account-sessions = Kur esate prisijungę
account-sessions-caption = Jūsų seansai, pradedant paskiausiai naudotu
account-device = Naršyklė arba įrenginys
account-last-seen = Paskutinį kartą naudotas
account-actions = Veiksmai
account-this-session = Šis seansas
account-end-session = Atjungti
account-session-ended = Tas seansas baigtas.
account-unknown-device = Nežinoma naršyklė
account-tokens = API prieigos raktai
account-tokens-help = Prieigos raktu scenarijus gali naudotis API su jūsų teisėmis. Laikykite jį paslaptyje ir atšaukite, kai jo nebereikės.
account-tokens-caption = Jūsų API prieigos raktai
account-token-create = Sukurti raktą
account-token-created = Naujas prieigos raktas paruoštas.
account-token-once = Nukopijuokite jį dabar: daugiau jis nebus rodomas.
account-token-revoked = Prieigos raktas atšauktas.
account-created = Sukurtas
account-last-used = Paskutinį kartą naudotas
account-never-used = niekada
account-revoked = atšauktas
account-revoke = Atšaukti
member-role-organiser = Organizatorius
member-role-coordinator = Partnerio koordinatorius
member-role-participant = Dalyvis
admin-title = Svetainės administravimas
error-session-not-found = Seansas nerastas
error-token-not-found = Prieigos raktas nerastas
error-request-cross-site = Užklausa atmesta
error-403-help = Ši užklausa atmesta. Jei atėjote čia per nuorodą iš kitos svetainės, atverkite šią svetainę tiesiogiai ir bandykite dar kartą.
error-form-invalid = Nepavyko nuskaityti formos

## Valdymas: projektai, žmonės, kvietimai, veiksmų žurnalas, administravimas
manage-title = Valdymas
manage-your-role = Jūsų vaidmuo:
manage-public-page = Viešas projekto puslapis
field-role = Vaidmuo
field-town = Miestas partneris
people-title = Žmonės ir vaidmenys
people-caption = Visi, kurie turi vaidmenį šiame projekte
people-change-role = Keisti
people-revoke = Pašalinti iš projekto
people-invite = Pakviesti žmogų
people-invite-help = Pakviestas asmuo gaus el. laišką su nuoroda, kuria galima pasinaudoti vieną kartą per 14 dienų. Per ją galima susikurti paskyrą arba prisijungti prie jau turimos.
people-town-hint = Partnerių koordinatoriams: miestas, kurio delegaciją jie registruoja.
people-invite-submit = Siųsti kvietimą
people-invited = Kvietimas išsiųstas.
people-role-changed = Vaidmuo pakeistas.
people-revoked = Šis žmogus nebeturi vaidmens šiame projekte.
form-role-invalid = Pasirinkite vaidmenį.
form-role-town-required = Partnerio koordinatorius atstovauja vienam miestui partneriui: pasirinkite jį.
form-invitation-account-exists = Paskyra su šiuo adresu jau yra. Pirmiausia prisijunkite, tada dar kartą atverkite kvietimą.
form-account-unknown = Paskyros su šiuo adresu nėra.
form-project-unknown = Pasirinkite projektą.
audit-title = Veiksmų žurnalas
audit-empty = Kol kas niekas nepakeista.
audit-caption = Kas ką pakeitė, pradedant naujausiais pakeitimais
audit-when = Kada
audit-who = Kas
audit-what = Ką
audit-target = Susiję su
audit-system = sistema
audit-account-create = sukurta paskyra
audit-account-create_admin = sukurtas administratorius
audit-account-password_change = pakeistas slaptažodis
audit-account-password_reset = atkurtas slaptažodis
audit-role-set = suteiktas vaidmuo
audit-role-revoke = panaikintas vaidmuo
audit-invitation-create = išsiųstas kvietimas
audit-invitation-accept = priimtas kvietimas
audit-token-create = sukurtas API prieigos raktas
audit-token-revoke = atšauktas API prieigos raktas
invitation-title = Kvietimas
invitation-project = Projektas
invitation-expires = Galioja iki
invitation-signed-in-as = Esate prisijungę kaip
invitation-accept = Priimti kvietimą
invitation-new-account = Susikurkite paskyrą
invitation-create-and-accept = Sukurti paskyrą ir priimti
invitation-have-account = Jau turite paskyrą?
admin-accounts = Paskyros
admin-accounts-caption = Visos šios svetainės paskyros
admin-grant = Paskirti organizatorių
admin-grant-submit = Paskirti organizatoriumi
admin-organiser-granted = Paskyrai suteiktas projekto organizatoriaus vaidmuo.
admin-mail = Siunčiami el. laiškai
admin-mail-empty = Kol kas neišsiųstas nė vienas el. laiškas.
admin-mail-caption = Paskutiniai laiškai, pradedant naujausiu
admin-mail-to = Kam
admin-mail-subject = Tema
admin-mail-status = Būsena
admin-mail-sent = išsiųsta
admin-mail-waiting = { $attempts ->
    [0] laukia
    [one] laukia, { $attempts } nesėkmingas bandymas
    [few] laukia, { $attempts } nesėkmingi bandymai
    [many] laukia, { $attempts } nesėkmingo bandymo
   *[other] laukia, { $attempts } nesėkmingų bandymų
}
error-auth-forbidden = Neleidžiama
error-409-help = Dėl šio pakeitimo susidarytų neleistina padėtis.
error-member-not-found = Šiame projekte toks žmogus nerastas
error-invitation-invalid = Šiuo kvietimu pasinaudoti negalima
error-mail-not-found = Laiškas nerastas
error-role-last-organiser = Projektas turi turėti organizatorių
mail-invitation-subject = Kvietimas: { $project }
mail-invitation-body =
    Laba diena,

    { $inviter } kviečia jus prisijungti prie projekto „{ $project }“ platformoje Twinning. Jūsų vaidmuo: { $role }.

    Norėdami priimti kvietimą, atverkite šią nuorodą (ja galima pasinaudoti vieną kartą, iki { $date }):
    { $link }

    Jei šio kvietimo nesitikėjote, šį laišką galite tiesiog ignoruoti.

## Slaptažodžio atkūrimas
reset-title = Slaptažodžio atkūrimas
reset-help = Įveskite savo paskyros el. pašto adresą. Atsiųsime nuorodą, kuria galėsite nustatyti naują slaptažodį.
reset-submit = Siųsti nuorodą
reset-sent = Jei šiuo adresu yra paskyra, nuoroda naujam slaptažodžiui nustatyti jau siunčiama. Ja galima pasinaudoti vieną kartą per valandą.
reset-new-title = Naujo slaptažodžio nustatymas
reset-new-submit = Išsaugoti naują slaptažodį
reset-done = Slaptažodis pakeistas. Prisijunkite su nauju slaptažodžiu.
error-reset-invalid = Šia nuoroda pasinaudoti negalima
admin-mail-retry = Bandyti dar kartą dabar
mail-reset-subject = Twinning slaptažodžio atkūrimas
mail-reset-body =
    Laba diena, { $name },

    kažkas paprašė atkurti jūsų Twinning paskyros slaptažodį. Norėdami nustatyti naują slaptažodį, per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } atverkite šią nuorodą (ja galima pasinaudoti vieną kartą):
    { $link }

    Jei to prašėte ne jūs, šį laišką ignoruokite: jūsų slaptažodis liks nepakeistas.

## Projekto turinio vertimas
translations-title = Vertimai
translations-help = Kokia projekto turinio dalis yra kiekviena projekto kalba. Jei teksto trūksta, puslapiuose jis rodomas pagrindine projekto kalba, o jei ir jos nėra – anglų kalba, ir tai pažymima.
translations-caption = Laukai su tekstu pagal turinio rūšį ir kalbą
translations-what = Turinys
translations-all = Visas turinys
translations-cell = { $done } iš { $total }
translations-files = Failai vertėjams
translations-files-help = Atsisiųskite tekstus XLIFF failu, kurį atveria vertimo priemonės; įkelkite išverstą failą, kad tekstai būtų perkelti. Pamatysite, kas pasikeitė.
translations-download-missing = Atsisiųsti trūkstamus tekstus (XLIFF)
translations-download-all = Atsisiųsti viską
translations-upload = Išverstas XLIFF failas
translations-upload-submit = Įkelti ir pritaikyti
translations-add-language = Pridėti kalbą
translations-language-code = Kalbos kodas
translations-language-code-hint = Pavyzdžiui, de, sv, sr-Latn arba it.
translations-add-language-submit = Pridėti kalbą
translations-language-added = Kalba pridėta prie projekto.
translations-editor-help = Kiekviename lauke rodomas jo tekstas pagrindine projekto kalba; vertimą rašykite po juo. Išvalius lauką, jo vertimas pašalinamas.
translations-save = Išsaugoti vertimus
translations-changed = Kas pasikeitė
translations-removed = Pašalinti vertimai:
translations-report = { $changed ->
    [one] Pakeistas { $changed } tekstas
    [few] Pakeisti { $changed } tekstai
    [many] Pakeista { $changed } teksto
   *[other] Pakeista { $changed } tekstų
}, pašalinta: { $removed }, nepakeista: { $unchanged }, atmesta: { $rejected }.
translations-unknown-field = { $id }: šiame projekte tokio lauko nėra.
translations-group-project = Projektas
translations-group-partner = Partneris
translations-group-event = Susitikimas
translations-group-item = Programos punktas
translations-group-venue = Renginio vieta
translations-group-town = Miestas
translations-group-organisation = Organizacija
translations-group-twinning = Miestų susitarimas
translations-field-title = pavadinimas
translations-field-aims = tikslai
translations-field-programme = finansavimo programa
translations-field-strand = kryptis
translations-field-measure = priemonė
translations-field-label = nuorodos tekstas
translations-field-illustrative = pastaba apie iliustracinio pobūdžio duomenis
translations-field-description = aprašymas
translations-field-hosts = vedėjai ir pranešėjai
translations-field-name = pavadinimas
translations-field-accessibility = prieinamumas
translations-field-region = regionas
form-text-too-long = Tekstas per ilgas.
form-text-required = Šis tekstas turi būti bent viena kalba.
form-text-control-character = Tekste yra nematomas valdymo simbolis; pašalinkite jį.
error-language-not-in-project = Ši kalba nėra tarp projekto kalbų
error-xliff-malformed = Failas nėra nuskaitomas XLIFF failas
error-xliff-wrong-language = Failas skirtas kitai kalbai
error-xliff-empty = Faile nėra tekstų
error-xliff-upload = Failo gauti nepavyko
error-lang-invalid = Tai ne kalbos kodas
error-422-help = Duomenų panaudoti nepavyko. Grįžkite, patikrinkite juos ir bandykite dar kartą.

## Programos patikra
checks-title = Programos patikra
checks-intro = Tai, ką patyręs organizatorius dar kartą patikrina prieš paskelbdamas programą. Tai įspėjimai, o ne klaidos: programą vis tiek galima paskelbti.
checks-none = Įspėjimų nėra: programa atrodo nuosekli.
checks-count = { $count ->
    [one] { $count } įspėjimas
    [few] { $count } įspėjimai
    [many] { $count } įspėjimo
   *[other] { $count } įspėjimų
}
check-outside-event = Programos punktas „{ $item }“ numatytas dieną, kuri nepatenka į susitikimo datas.
check-venue-double-booked = Programos punktai „{ $first }“ ir „{ $second }“ tuo pačiu metu vyksta toje pačioje renginio vietoje: { $venue }.
check-delegates-overlap = Programos punktai „{ $first }“ ir „{ $second }“ abu skirti visoms delegacijoms ir jų laikas persidengia.
check-too-little-travel = Tarp „{ $first }“ ir „{ $second }“ reikia įveikti { $km } km { $mode }: kelionė truks apie { $needed ->
    [one] { $needed } minutę
    [few] { $needed } minutes
    [many] { $needed } minutės
   *[other] { $needed } minučių
}, tačiau tarp jų lieka tik { $available ->
    [one] { $available } minutė
    [few] { $available } minutės
    [many] { $available } minutės
   *[other] { $available } minučių
}.
check-public-without-capacity = Programos punktas „{ $item }“ atviras visuomenei, bet nenurodytas vietų skaičius, todėl registracijų skaičiaus apriboti negalima.
check-mode-walk = pėsčiomis
check-mode-coach = autobusu

programme-last-changed = Paskutinį kartą keista: { $date }

## Programos redagavimas
manage-programme-for = Programa: { $event }
items-new = Pridėti programos punktą
items-saved = Programos punktas išsaugotas.
items-deleted = Programos punktas ištrintas.
items-field-slug = Trumpasis pavadinimas adresui
items-slug-hint = Mažosios raidės, skaitmenys ir brūkšneliai, pavyzdžiui, muziejaus-lankymas. Vėliau jo pakeisti negalima.
items-field-title = Pavadinimas
items-when = Kada
items-field-starts = Pradžia
items-field-ends = Pabaiga
items-field-kind = Rūšis
items-field-capacity = Vietų skaičius
items-capacity-hint = Palikite tuščią, jei apribojimo nėra. Visuomenei atviriems programos punktams vietų skaičių reikėtų nurodyti.
items-field-venues = Renginių vietos
items-field-description = Aprašymas
items-languages-hint = Kalbų kodai, atskirti kableliais, pavyzdžiui, lv, en.
items-save = Išsaugoti
items-duplicate = Dubliuoti
items-delete = Ištrinti
items-public-page = Viešas programos punkto puslapis
form-slug-invalid = Naudokite nuo 1 iki 64 mažųjų raidžių, skaitmenų ir pavienių brūkšnelių.
form-item-slug-taken = Kitas šio susitikimo programos punktas jau turi tokį trumpąjį pavadinimą.
form-time-invalid = Įveskite datą ir laiką.
form-time-nonexistent = Susitikimo laiko juostoje tokio laiko nėra (laikrodžiai jį praleidžia).
form-item-ends-before-start = Programos punktas turi baigtis vėliau, nei prasideda.
form-kind-invalid = Pasirinkite rūšį.
form-audience-invalid = Pasirinkite, kam skirtas programos punktas.
form-capacity-invalid = Įveskite sveikąjį vietų skaičių, ne mažiau kaip 1, arba palikite tuščią.
form-lang-invalid = Naudokite kalbų kodus, pavyzdžiui, lv, en arba sr-Latn.
form-venue-unknown = Pasirinkite renginių vietas iš sąrašo.
form-item-capacity-zero = Vietų skaičius turi būti ne mažesnis kaip 1; jei apribojimo nėra, palikite tuščią.

## Programos paskelbimas
programme-changes = Pridėta: { $added }, pakeista: { $changed }, pašalinta: { $removed }
publish-never = Juodraštis: kol programos nepaskelbsite, visuomenė jos nematys.
publish-up-to-date = Paskelbta { $version } versija; visuomenė mato būtent šią programą.
publish-pending = { $count ->
    [one] Po { $version } versijos dar nepaskelbtas { $count } pakeitimas.
    [few] Po { $version } versijos dar nepaskelbti { $count } pakeitimai.
    [many] Po { $version } versijos dar nepaskelbta { $count } pakeitimo.
   *[other] Po { $version } versijos dar nepaskelbta { $count } pakeitimų.
}
publish-submit = Paskelbti programą
publish-done = Programa paskelbta. Viešame puslapyje ir kalendoriuose ji jau rodoma.
publish-nothing = Nėra ką skelbti: visuomenė jau mato šią programą.
audit-programme-publish = paskelbta programa
audit-item-create = pridėtas programos punktas
audit-item-update = pakeistas programos punktas
audit-item-duplicate = dubliuotas programos punktas
audit-item-delete = ištrintas programos punktas
audit-translation-update = pakeisti vertimai
audit-project-language_add = pridėta kalba

## Susitikimo klonavimas
events-clone = Klonuoti šį susitikimą
events-clone-help = Nukopijuokite jo programą kaip kito susitikimo pagrindą: kiekvienas programos punktas pasislenka kartu su nauja pirmąja diena. Kopija lieka juodraščiu, kol jos nepaskelbsite.
events-clone-slug = Naujo susitikimo trumpasis pavadinimas
events-clone-start = Naujo susitikimo pirmoji diena
events-clone-submit = Klonuoti
events-cloned = Susitikimas klonuotas. Jo programa lieka juodraščiu, kol jos nepaskelbsite.
form-event-slug-taken = Projekte jau yra susitikimas tokiu trumpuoju pavadinimu.
form-date-invalid = Įveskite datą.
audit-event-clone = klonuotas susitikimas

## Projekto kūrimas (valdymas)
setup-new-title = Naujo projekto kūrimas
setup-new-intro = Projektas – tai viena miestų partnerystės iniciatyva su savo miestais partneriais, susitikimais ir jų programomis. Jūs būsite pirmasis projekto organizatorius, o jūsų miestas – jo pagrindinis partneris. Visa tai vėliau galima pakeisti.
setup-create = Sukurti projektą
setup-created = Projektas sukurtas. Toliau pridėkite miestus partnerius, renginių vietas ir pirmąjį susitikimą.
setup-saved = Projekto duomenys išsaugoti.
setup-settings-title = Projekto duomenys
setup-settings-intro = Tekstai įvedami pagrindine projekto kalba; kitomis kalbomis jie pateikiami vertimų puslapiuose.
setup-field-slug = Trumpasis pavadinimas adresui
setup-slug-hint = Mažosios raidės, skaitmenys ir brūkšneliai, pavyzdžiui, unity-in-diversity. Jis rodomas kiekviename projekto adrese, ir vėliau jo pakeisti negalima.
setup-field-acronym = Akronimas
setup-acronym-hint = Toks, kokiu projektą žino finansuotojas, pavyzdžiui, TTChan (iki 40 simbolių).
setup-field-aims = Tikslai
setup-field-lead-town = Pagrindinio partnerio miestas
setup-lead-town-hint = Jūsų miestas. Jei jo nėra sąraše, palikite „Nėra sąraše“ ir žemiau nurodykite jo pavadinimą ir šalį.
setup-town-not-listed = Nėra sąraše
setup-field-town-name = Miesto pavadinimas originalo kalba
setup-town-name-hint = Taip, kaip jį rašo pats miestas, pavyzdžiui, Daugavpils arba Raška. Reikia tik tada, kai miesto nėra sąraše.
setup-field-default-lang = Pagrindinė kalba
setup-default-lang-hint = Kalba, kuria rašo organizatoriai, nurodoma kodu, pavyzdžiui, lv, en arba sr-Latn.
setup-field-languages = Projekto kalbos
setup-field-period-start = Projekto pradžia
setup-field-period-end = Projekto pabaiga
setup-field-funding-programme = Finansavimo programa
setup-funding-hint = Pavyzdžiui, Europe for Citizens („Europa piliečiams“). Palikite tuščią, jei projektas neturi finansuotojo.
setup-field-funding-strand = Kryptis
setup-field-funding-measure = Priemonė
setup-field-links = Nuorodos
setup-links-hint = Po vieną eilutėje: nuorodos tekstas, vertikalus brūkšnys ir adresas, pavyzdžiui, Projekto svetainė | https://example.org

## Partneriai (valdymas)
partners-manage-title = Miestai partneriai
partners-manage-caption = Dalyvaujantys miestai ir jų vaidmenys
partners-actions = Veiksmai
partners-change-role = Keisti vaidmenį
partners-remove = Pašalinti
partners-add = Pridėti miestą partnerį
partners-add-intro = Pasirinkite svetainėje jau esantį miestą arba nurodykite naujo miesto pavadinimą ir šalį. Nurodžius naują pagrindinį partnerį, dabartinis pagrindinis partneris tampa įprastu partneriu.
partners-added = Miestas partneris pridėtas.
partners-saved = Partnerio vaidmuo pakeistas.
partners-removed = Miestas partneris pašalintas iš projekto.

## Renginių vietos (valdymas)
venues-manage-title = Renginių vietos
venues-manage-caption = Projekto renginių vietos pagal miestus
venues-new = Pridėti renginio vietą
venues-none-yet = Renginių vietų kol kas nėra.
venues-saved = Renginio vieta išsaugota.
venues-slug-hint = Mažosios raidės, skaitmenys ir brūkšneliai, pavyzdžiui, daugavpils-fortress. Vėliau jo pakeisti negalima.
venues-new-town-hint = Tik miestui, kurio nėra sąraše, pavyzdžiui, ekskursijos sustojimo vietai.
venues-coordinates-hint = Platuma ir ilguma, pavyzdžiui, 55.8714, 26.5161 – arba žemėlapio, kurio centre yra ši vieta, adresas.
venues-map-intro = Norėdami pasirinkti vietą žemėlapyje, atverkite žemėlapį, nustatykite renginio vietą jo centre, nukopijuokite adresą iš naršyklės adreso juostos ir įklijuokite jį į koordinačių lauką.
venues-open-map = Atverti žemėlapį (OpenStreetMap)
venues-accessibility-hint = Patekimas be laiptų, liftai, pritaikyti tualetai, indukcinės kilpos: tai, ką turi žinoti lankytojas.
venues-public-page = Viešas renginio vietos puslapis

## Susitikimai (valdymas)
events-new = Pridėti susitikimą
events-none-yet = Susitikimų kol kas nėra.
events-settings = Susitikimo duomenys
events-programme = Susitikimo programa
events-saved = Susitikimo duomenys išsaugoti.
events-delete = Ištrinti susitikimą
events-deleted = Susitikimas ištrintas.
events-slug-hint = Mažosios raidės, skaitmenys ir brūkšneliai, pavyzdžiui, daugavpils-2018. Vėliau jo pakeisti negalima.
events-field-start = Pirmoji diena
events-field-end = Paskutinė diena
events-field-zone = Laiko juosta
events-zone-hint = Susitikimo vietos laiko juosta, nurodoma IANA pavadinimu, pavyzdžiui, Europe/Riga. Visi programos laikai nurodomi šia laiko juosta.

## Kas gali kurti projektus (administravimas)
admin-starter = Gali kurti projektus
admin-starter-yes = Taip
admin-starter-allow = Leisti
admin-starter-revoke = Atšaukti leidimą
admin-starter-saved = Paskyros teisė kurti projektus pakeista.

## Projekto kūrimo formų pranešimai
form-choose = Pasirinkite…
form-slug-reserved = Šiuo žodžiu jau vadinamas atskiras puslapis; pasirinkite kitą.
form-slug-duplicate = Šis trumpasis pavadinimas naudojamas du kartus.
form-coordinates-invalid = Platuma turi būti nuo -90 iki 90, ilguma – nuo -180 iki 180.
form-coordinates-unreadable = Įveskite platumą ir ilgumą dešimtainiais laipsniais, pavyzdžiui, 55.8714, 26.5161, arba įklijuokite žemėlapio, kurio centre yra ši vieta, adresą.
form-country-invalid = Pasirinkite šalį.
form-event-ends-before-start = Paskutinė susitikimo diena negali būti ankstesnė už pirmąją.
form-event-outside-project = Susitikimas turi vykti projekto laikotarpiu.
form-funding-programme-required = Nurodykite finansavimo programą arba palikite tuščias ir kryptį bei priemonę.
form-link-invalid = Kiekvieną nuorodą rašykite taip: nuorodos tekstas, vertikalus brūkšnys ir adresas, prasidedantis https://.
form-partner-already = Šis miestas jau yra partneris.
form-project-acronym-invalid = Įveskite akronimą nuo 1 iki 40 simbolių.
form-project-default-lang-missing = Tarp kalbų turi būti ir pagrindinė kalba.
form-project-ends-before-start = Projektas negali baigtis anksčiau, nei prasideda.
form-project-one-lead = Projektas turi turėti tiksliai vieną pagrindinį partnerį.
form-project-slug-taken = Kitas projektas jau turi tokį trumpąjį pavadinimą.
form-status-invalid = Pasirinkite būseną.
form-town-name-required = Įveskite miesto pavadinimą originalo kalba (iki 300 simbolių).
form-town-unknown = Pasirinkite miestą iš sąrašo.
form-url-invalid = Įveskite adresą, prasidedantį https:// arba http://.
form-venue-slug-taken = Renginio vieta tokiu trumpuoju pavadinimu jau yra (renginių vietos bendros visiems projektams).
form-zone-invalid = Įveskite laiko juostą, pavyzdžiui, Europe/Riga.
audit-project-create = sukurtas projektas
audit-project-update = pakeisti projekto duomenys
audit-partner-add = pridėtas miestas partneris
audit-partner-role = pakeistas partnerio vaidmuo
audit-partner-remove = pašalintas miestas partneris
audit-venue-create = pridėta renginio vieta
audit-venue-update = pakeista renginio vieta
audit-event-create = pridėtas susitikimas
audit-event-update = pakeisti susitikimo duomenys
audit-event-delete = ištrintas susitikimas
audit-account-may_start_projects = leista kurti projektus
audit-account-may_not_start_projects = nebeleidžiama kurti projektų

## Registracija į visuomenei atvirus programos punktus
registration-title = Registracija
registration-places-left = { $left ->
    [one] Liko { $left } laisva vieta iš { $capacity }.
    [few] Liko { $left } laisvos vietos iš { $capacity }.
    [many] Liko { $left } laisvos vietos iš { $capacity }.
   *[other] Liko { $left } laisvų vietų iš { $capacity }.
}
registration-full = { $waiting ->
    [0] Visos vietos užimtos. Galite įsirašyti į laukiančiųjų sąrašą: kai kas nors atšaukia registraciją, vietą ir el. laišką gauna pirmasis laukiantysis.
    [one] Visos vietos užimtos; laukia { $waiting } žmogus. Galite įsirašyti į laukiančiųjų sąrašą: kai kas nors atšaukia registraciją, vietą ir el. laišką gauna pirmasis laukiantysis.
    [few] Visos vietos užimtos; laukia { $waiting } žmonės. Galite įsirašyti į laukiančiųjų sąrašą: kai kas nors atšaukia registraciją, vietą ir el. laišką gauna pirmasis laukiantysis.
    [many] Visos vietos užimtos; laukia { $waiting } žmogaus. Galite įsirašyti į laukiančiųjų sąrašą: kai kas nors atšaukia registraciją, vietą ir el. laišką gauna pirmasis laukiantysis.
   *[other] Visos vietos užimtos; laukia { $waiting } žmonių. Galite įsirašyti į laukiančiųjų sąrašą: kai kas nors atšaukia registraciją, vietą ir el. laišką gauna pirmasis laukiantysis.
}
registration-email-hint = Šiuo adresu atsiųsime patvirtinimą ir nuorodą į jūsų asmeninį puslapį.
registration-field-town = Jūsų miestas arba organizacija
registration-privacy = Jūsų vardą ir pavardę, el. pašto adresą, miestą ir šalį mato tik projekto „{ $project }“ organizatoriai ir, tikrindami projektą, finansuotojo auditoriai. Šie duomenys niekada neskelbiami viešai. Per nuorodą, esančią jūsų el. laiške, galite matyti savo registracijas ir jas atšaukti.
registration-privacy-accept = Perskaičiau, kaip naudojami mano duomenys, ir sutinku.
registration-submit = Registruotis
registration-closed = Registracija baigta: šis programos punktas jau prasidėjo arba pasibaigė.
registration-done-title = Dėkojame, kad užsiregistravote
registration-done-confirmed = Vieta jums užtikrinta.
registration-done-waiting = Visos vietos užimtos: esate laukiančiųjų sąraše. Jei atsilaisvins vieta, gausite el. laišką.
registration-check-mail = Išsiuntėme jums el. laišką su išsamia informacija, programos punktu jūsų kalendoriui ir nuoroda į jūsų asmeninį puslapį, kuriame galite atšaukti registraciją.
registration-back = Grįžti į programos punktą
registration-mail-subject = Registracija: { $item }
registration-mail-confirmed =
    Laba diena, { $name },

    jums užtikrinta vieta:

    { $item }

    Prie laiško pridėtas programos punktas jūsų kalendoriui. Jūsų asmeninis puslapis su jūsų programa, kalendoriaus prenumerata ir registracijos atšaukimo mygtuku yra čia (šios nuorodos niekam neperduokite):
    { $link }
registration-mail-waiting =
    Laba diena, { $name },

    visos vietos užimtos, todėl esate įrašyti į šio programos punkto laukiančiųjų sąrašą:

    { $item }

    Jei kas nors atšauks registraciją, vietą ir el. laišką gaus pirmasis laukiantysis. Jūsų asmeninis puslapis, kuriame taip pat galite pasitraukti iš laukiančiųjų sąrašo, yra čia (šios nuorodos niekam neperduokite):
    { $link }
registration-mail-promoted =
    Laba diena, { $name },

    atsilaisvino vieta, ir ji skirta jums:

    { $item }

    Prie laiško pridėtas programos punktas jūsų kalendoriui. Norėdami atšaukti registraciją, pasinaudokite nuoroda iš pirmojo el. laiško.
registration-status-confirmed = Vieta patvirtinta
registration-status-waiting = Laukiančiųjų sąraše
registration-status-cancelled = Atšaukta
form-registration-town-required = Įveskite savo miestą arba organizaciją (iki 120 simbolių).
form-registration-privacy-required = Prašome sutikti su tuo, kaip naudojami jūsų duomenys, arba nesiregistruoti.

## Asmeninis puslapis
my-title = Mano programa
my-greeting = Laba diena, { $name }. Tai jūsų programa: programos punktai, į kuriuos užsiregistravote, ir delegacijų programa, jei atvykote su delegacija.
my-keep-link = Šio puslapio adresas yra jūsų raktas: niekam jo neperduokite.
my-calendar = Jūsų kalendoriuje
my-calendar-hint = Užsiprenumeruokite, ir jūsų kalendoriaus programėlė atnaujins jūsų programą, kai organizatoriai ją pakeis. Prenumeratos adresas taip pat privatus.
my-calendar-subscribe = Prenumeruoti kalendoriaus programėlėje
my-calendar-download = Atsisiųsti kaip failą (.ics)
my-registrations = Mano registracijos
my-cancel = Atšaukti
my-cancelled = Jūsų registracija atšaukta.
my-programme = Mano programa pagal dienas

## Susitikimo dalyviai (valdymas)
participants-title = Dalyviai
participants-for = Dalyviai: { $event }
participants-title-delegation = Delegacija: { $town }
participants-no-delegation = Be delegacijos
participants-anonymised = (anonimizuota)
participants-new = Pridėti dalyvį
participants-saved = Dalyvio duomenys išsaugoti.
participants-deleted = Dalyvis pašalintas.
participants-delete = Pašalinti šį dalyvį
participants-total = { $count ->
    [one] Iš viso { $count } dalyvis.
    [few] Iš viso { $count } dalyviai.
    [many] Iš viso { $count } dalyvio.
   *[other] Iš viso { $count } dalyvių.
}
participants-figures = Skaičiai
participants-invited = Pakviesti dalyviai (juos siunčia partneris iš kitos šalies)
participants-local = Vietos dalyviai
participants-attended = Dalyvavę bent vieną dieną
participants-by-country = Dalyviai pagal šalis
participants-by-delegation = Dalyviai pagal delegacijas
participants-by-role = Dalyviai pagal vaidmenis
participants-count = Skaičius
participants-list = Visi dalyviai
participants-search = Ieškoti pagal vardą ir pavardę, miestą arba el. pašto adresą
participants-search-submit = Ieškoti
participants-none = Kol kas nieko nėra.
participants-caption = Dalyviai, surikiuoti pagal vardą ir pavardę
participants-needs = Poreikiai
participants-export-csv = Atsisiųsti kaip CSV
participants-export-xlsx = Atsisiųsti kaip XLSX (kiekvienam miestui atskiras lapas)
participants-privacy-note = Reikia tik vardo ir pavardės, miesto arba organizacijos ir šalies. Informuokite asmenį, kad šiuos duomenis mato organizatoriai ir, tikrindami projektą, finansuotojo auditoriai; jie niekada neskelbiami viešai.
participants-email-hint = Kad asmeniui galėtume išsiųsti jo asmeninę programą ir kalendoriaus nuorodą.
participants-field-delegation = Delegacija
participants-field-arrival-place = Atvykimo vieta
participants-field-arrival-time = Atvykimas
participants-field-departure-place = Išvykimo vieta
participants-field-departure-time = Išvykimas
participants-field-by = Transportas
participants-field-accommodation = Apgyvendinimas
participants-field-dietary = Mitybos poreikiai
participants-field-access = Prieinamumo poreikiai
participants-field-photos = Gali būti projekto nuotraukose
participant-role-delegate = Delegatas
participant-role-speaker = Pranešėjas
participant-role-staff = Darbuotojas
participant-role-press = Žiniasklaidos atstovas
participant-role-resident = Vietos gyventojas
travel-by-plane = Lėktuvas
travel-by-train = Traukinys
travel-by-bus = Autobusas
travel-by-coach = Turistinis autobusas
travel-by-car = Automobilis
travel-by-ship = Laivas
travel-by-other = Kita
upload-title = Įkelti sąrašą
upload-intro = CSV arba XLSX failas, kurio pirmoje eilutėje nurodyti stulpelių pavadinimai. Jau sąraše esantys žmonės (tuo pačiu el. pašto adresu arba, jei jo nėra, tuo pačiu vardu ir pavarde) atnaujinami, o ne pridedami antrą kartą.
upload-template = Atsisiųsti šabloną (CSV)
upload-file = Failas (CSV arba XLSX)
upload-submit = Įkelti
upload-summary = Pridėta: { $created }. Atnaujinta: { $updated }. Atmesta: { $rejected }.
upload-report-caption = Kiekviena failo eilutė ir kas su ja nutiko
upload-row = Eilutė
upload-outcome = Rezultatas
upload-created = pridėta
upload-updated = atnaujinta
upload-rejected = atmesta
upload-back = Grįžti į sąrašą
form-participant-town-required = Įveskite miestą arba organizaciją (iki 120 simbolių).
form-participant-role-invalid = Naudokite delegate (delegatas), speaker (pranešėjas), staff (darbuotojas), press (žiniasklaida) arba resident (gyventojas).
form-travel-invalid = Naudokite plane (lėktuvas), train (traukinys), bus (autobusas), coach (turistinis autobusas), car (automobilis), ship (laivas) arba other (kita).
form-travel-leaves-before-arriving = Išvykimas negali būti ankstesnis už atvykimą.
form-yes-no-invalid = Rašykite yes (taip) arba no (ne).
audit-people-save = išsaugoti dalyviai
audit-person-update = pakeisti dalyvio duomenys
audit-person-delete = pašalintas dalyvis

## Klaidų puslapiai: parengimas, registracija ir dalyviai
error-partner-lead-required = Projektas turi turėti pagrindinį partnerį
error-partner-hosts-event = Šis miestas priima susitikimą
error-partner-has-coordinators = Šis miestas turi koordinatorių
error-partner-not-found = Miestas partneris nerastas
error-event-published = Paskelbto susitikimo ištrinti negalima
error-role-invalid = Nežinomas vaidmuo
error-allow-invalid = Nežinomas pasirinkimas
error-account-not-found = Paskyra nerasta
error-registration-closed = Registracija baigta
error-registration-not-found = Registracija nerasta
error-link-unknown = Šia nuoroda pasinaudoti negalima
error-person-not-found = Dalyvis nerastas
error-delegation-invalid = Nežinoma delegacija
error-upload-invalid = Failo gauti nepavyko
error-upload-empty = Pasirinkite failą
error-upload-unreadable = Failo nepavyksta nuskaityti kaip CSV arba XLSX
error-upload-no-name-column = Faile nėra vardo stulpelio (name)

## Asmens duomenys: savi duomenys ir kiek laiko jie saugomi
my-data = Mano duomenys
my-data-hint = Galite atsisiųsti visus apie jus saugomus duomenis arba juos ištrinti. Ištrynus duomenis, jūsų registracijos atšaukiamos (jūsų vietos atitenka laukiantiesiems), o jūsų vardas ir pavardė, kontaktai ir poreikiai išvalomi; lieka tik jūsų šalis ir delegacija, nesusietos su jūsų vardu, finansuotojo prašomuose skaičiuose. Po to ši nuoroda nebeveiks.
my-data-download = Atsisiųsti mano duomenis (JSON)
my-erase-confirm = Taip, ištrinti mano duomenis.
my-erase = Ištrinti mano duomenis
my-erase-confirm-needed = Norėdami ištrinti savo duomenis, pirmiausia pažymėkite patvirtinimo langelį.
my-erased-title = Jūsų duomenys ištrinti
my-erased = Jūsų registracijos atšauktos, o jūsų asmens duomenys ištrinti. Dėkojame, kad dalyvavote.
retention-title = Asmens duomenų saugojimas
retention-hint = Po šios datos šio projekto dalyviai anonimizuojami: vardai ir pavardės, kontaktai ir poreikiai išvalomi; šalys, delegacijos ir dalyvavimas lieka ataskaitai. Nustatykite laikotarpio, kurį finansuotojas gali tikrinti, pabaigos datą.
retention-until = Saugoti asmens duomenis iki
retention-saved = Duomenų saugojimo terminas išsaugotas.
audit-project-retention = nustatytas duomenų saugojimo terminas
audit-people-purge = anonimizuoti asmens duomenys
error-date-invalid = Neteisinga data

## Atvykimo žymėjimas ir vardinės kortelės
checkin-title = Atvykimo žymėjimas
checkin-day = Diena
checkin-show-day = Rodyti
checkin-present = Atvyko: { $count } iš { $total }.
checkin-by-code = Pagal vardinės kortelės kodą
checkin-code = Kodas vardinėje kortelėje
checkin-submit = Pažymėti atvykimą
checkin-scan = Nuskaityti kamera
checkin-list = Iš sąrašo
checkin-here = Atvykimas pažymėtas
checkin-undo = Atšaukti
checkin-done = { $name }: atvykimas pažymėtas.
checkin-undone = { $name }: atvykimo žyma atšaukta.
checkin-unknown-code = Nė vienas šio susitikimo dalyvis neturi tokio kodo. Patikrinkite kodą arba raskite asmenį sąraše.
badges-title = Vardinės kortelės
badges-hint = Atspausdinkite šį puslapį A4 formato lapuose (po aštuonias korteles lape), iškirpkite pagal punktyrines linijas ir įdėkite korteles į dėklus. Pagal kodą ir QR kodą pažymimas asmens atvykimas.
badges-qr = QR kodas atvykimui pažymėti:
participants-per-day = Atvykusieji pagal dienas
participants-present = Atvyko
error-day-invalid = Tai ne šio susitikimo diena
error-person-invalid = Nežinomas dalyvis

## Parašų lapai
sheet-title = Parašų lapai
sheet-intro = Įrodymas, kurio reikalauja finansuotojas: kiekvienai dienai ir kiekvienai delegacijai – visų dalyvių vardai ir pavardės, miestai ir šalys su stulpeliu parašui. Atspausdinkite lapą, paprašykite pasirašyti prie registracijos stalo ir saugokite jį kartu su projekto dokumentais.
sheet-blank = Tuščias lapas tiems, kurie atvyksta neužsiregistravę
sheet-download = Atidaryti lapą (PDF)
sheet-walk-ins = Asmenys, atvykę neužsiregistravę
sheet-number = Nr.
sheet-signature = Parašas
sheet-footer = Parašų lapas
sheet-page = Puslapis { $n } iš { $total }
error-sheet-invalid = Pagal šį pasirinkimą lapo sudaryti negalima

## Savarankiška registracija per delegacijos nuorodą
join-title = Registracija į delegaciją: { $town }
join-intro = Jūsų miesto koordinatorius atsiuntė jums šią nuorodą, kad galėtumėte užsiregistruoti į susitikimą „{ $event }“. Reikia tik jūsų vardo ir pavardės, el. pašto adreso, miesto ir šalies; kita informacija padės priimantiesiems suplanuoti jūsų kelionę, apgyvendinimą ir maitinimą.
join-done-title = Dėkojame, kad užsiregistravote
join-done = Jūs sėkmingai užsiregistravote. Išsiuntėme jums el. laišką su nuoroda į jūsų asmeninę programą; ta pačia nuoroda galite peržiūrėti ir ištrinti savo duomenis.
join-mail-subject = Užsiregistravote: { $event }
join-mail-body =
    Laba diena, { $name },

    jūs užsiregistravote į susitikimą „{ $event }“.

    Jūsų asmeninis puslapis su jūsų programa ir kalendoriaus prenumerata yra čia (šios nuorodos niekam neperduokite):
    { $link }
join-links-title = Savarankiškos registracijos nuorodos
join-links-intro = Perduokite delegacijos nuorodą jos dalyviams: jie patys užsiregistruoja ir iškart patenka į tą delegaciją. Nauja nuoroda pakeičia senąją, kuri nustoja veikti.
join-link-none = nuorodos dar nėra
join-link-renew = Nauja nuoroda
join-link-renewed = Nauja nuoroda paruošta; senoji nebeveikia.
audit-join-link-renew = atnaujinta registracijos nuoroda
audit-people-join = asmuo užsiregistravo per nuorodą

## Tinkamumas ir dotacija
elig-title = Tinkamumas ir dotacija
elig-eligible = Projektas atitinka visas savo kvietimo teikti pasiūlymus taisykles.
elig-not-eligible = Projektas kol kas atitinka ne visas taisykles.
elig-no-ruleset = Pasirinkite kvietimą teikti pasiūlymus, pagal kurį finansuojamas projektas, ir pamatysite, ar jis atitinka to kvietimo taisykles.
elig-no-ruleset-choice = Be finansuotojo taisyklių
elig-version = taisyklių redakcija:
elig-event-count = { $event }: { $participants ->
    [one] { $participants } asmuo
    [few] { $participants } asmenys
    [many] { $participants } asmens
   *[other] { $participants } asmenų
}, iš jų pakviestų: { $invited }, { $days ->
    [one] { $days } diena
    [few] { $days } dienos
    [many] { $days } dienos
   *[other] { $days } dienų
} ({ $basis })
elig-basis-registrations = pagal registracijas
elig-basis-attendance = pagal faktinį dalyvavimą
elig-grant = Dotacija
elig-grant-band = { $amount }: intervalas, kai pakviestų dalyvių yra nuo { $from } iki { $to }
elig-grant-band-top = { $amount }: intervalas, kai pakviestų dalyvių yra { $from } ar daugiau
elig-grant-overridden = { $amount }, kaip įvedė organizatoriai
elig-grant-none = Kol kuri nors taisyklė neatitinkama, dotacija neskiriama.
elig-grant-calculator = Sumą apskaičiuoja oficiali kvietimo skaičiuoklė: jos rezultatą įveskite toliau.
elig-next-band = { $more ->
    [one] Dar { $more } pakviestas dalyvis
    [few] Dar { $more } pakviesti dalyviai
    [many] Dar { $more } pakviesto dalyvio
   *[other] Dar { $more } pakviestų dalyvių
} → { $amount }
elig-grant-unverified = Šios sumos dar nesulygintos su jų šaltiniu ({ $source }); patikrinkite jas prieš jomis remdamiesi.
elig-rules = Taisyklės
elig-rules-caption = Visos kvietimo taisyklės, atitinkamas projekto skaičius ir taisyklės šaltinis
elig-rule = Taisyklė
elig-result = Rezultatas
elig-required = Reikalaujama
elig-actual = Projekte
elig-source = Šaltinis
elig-passed = atitinka
elig-failed = neatitinka
elig-verified = sulyginta su šaltiniu
elig-unverified = dar nesulyginta su šaltiniu
elig-overridden = pakeitė organizatoriai
elig-settings = Kvietimas ir pataisos
elig-ruleset = Kvietimo taisyklės
elig-call-year = Kvietimo metai
elig-call-year-hint = Nuo jų priklauso, kurios šalys dalyvauja. Palikus tuščią – projekto pradžios metai.
elig-grant-override = Dotacija eurais (pakeičia apskaičiuotą sumą)
elig-grant-override-hint = Pavyzdžiui, oficialios kvietimo skaičiuoklės apskaičiuota suma. Palikus tuščią – pagal taisykles apskaičiuota suma.
elig-rule-overrides = Pataisytos vertės
elig-rule-overrides-hint = Tik jei kvietime, pagal kurį teikėte paraišką, nurodyta kitaip; palikite tuščią, kad būtų naudojama rodoma vertė.
elig-saved = Išsaugota.
form-ruleset-unknown = Pasirinkite vieną iš išvardytų kvietimų teikti pasiūlymus.
form-elig-call-year-invalid = Įveskite metus, pavyzdžiui, 2018.
form-elig-amount-invalid = Įveskite sumą sveikaisiais eurais.
form-elig-rule-invalid = Pataisytoms vertėms įveskite sveikuosius skaičius.
audit-rules-choose = pasirinktas kvietimas teikti pasiūlymus
audit-rules-override = pakeistos taisyklių vertės

## Publikacijos puslapis
publication-title = { $event }: kas įvyko
publication-here = Publikacija finansuotojui
publication-place = Renginio vieta
publication-participants = Dalyviai
publication-invited = Pakviesti dalyviai iš šalių partnerių
publication-basis-registrations = užsiregistravę iki šiol
publication-basis-attendance = dalyvavę bent vieną dieną
publication-per-country = Dalyviai pagal šalis
publication-per-country-caption = Dalyvių skaičius iš kiekvienos šalies
publication-no-participants = Dalyvių kol kas neužregistruota.
publication-days = Diena po dienos

## Galutinė ataskaita
report-link = Galutinė ataskaita
report-title = Galutinė ataskaita: { $project }
report-pdf = Atsisiųsti ataskaitą su parašų lapais (PDF)
report-participation = Dalyvavimas: { $event }
report-annexes = Priedai
report-annex-publication = Publikacijos puslapis ({ $event }): { $url }
report-annex-programme = Programa ({ $event }): { $url }
report-annex-sheets = { $count ->
    [one] Prie šios ataskaitos pridėtas { $count } parašų lapas.
    [few] Prie šios ataskaitos pridėti { $count } parašų lapai.
    [many] Prie šios ataskaitos pridėta { $count } parašų lapo.
   *[other] Prie šios ataskaitos pridėta { $count } parašų lapų.
}
report-page = Puslapis { $n }
participants-send-link = Siųsti asmeniui el. paštu nuorodą į jo asmeninę programą
participants-link-sent = Nuoroda išsiųsta; ankstesnė nuoroda nebegalioja.
audit-person-send_link = išsiųsta asmeninė nuoroda
error-person-no-email = Dalyvis neturi el. pašto adreso

## Naujienos ir pranešimai spaudai
news-title = Naujienos
news-none = Kol kas nepaskelbta nė viena naujiena.
news-all = Visos naujienos
news-feed = Sekti naujienas naujienų kanalų skaitytuve (Atom)
news-manage-title = Naujienos ir pranešimai spaudai
news-manage-intro = Parenkite pranešimo spaudai juodraštį pagal susitikimo programą ir skaičius arba parašykite naujieną. Kol jų nepaskelbsite, naujienos lieka juodraščiais, kuriuos mato tik organizatoriai.
news-manage-caption = Naujienos, pradedant naujausia
news-new = Parašyti naujieną
news-edit-intro = Parašykite naujieną kiekviena kalba, kuria norite ją paskelbti. Kalba, kurios laukai palikti tušti, nerodoma; tada skaitytojai mato naujieną kita kalba.
news-field-title = Antraštė
news-field-body = Tekstas
news-body-hint = Paprastas tekstas. Tarp pastraipų palikite tuščią eilutę.
news-slug-hint = Paskutinė naujienos adreso dalis. Palikite tuščią, kad ji būtų sudaryta iš antraštės.
news-status = Būsena
news-public-page = Viešas puslapis
news-draft = Juodraštis, neskelbiama viešai
news-published-on = Paskelbta { $date }
news-draft-press-release = Parengti pranešimo spaudai juodraštį: { $event }
news-drafted = Pranešimo spaudai juodraštis parengtas pagal susitikimo duomenis. Patikrinkite jį, pataisykite ir paskelbkite.
news-saved = Naujiena išsaugota.
news-published = Naujiena paskelbta.
news-unpublished = Naujiena vėl yra juodraštis ir nebeskelbiama viešai.
news-deleted = Naujiena ištrinta.
news-publish = Paskelbti
news-unpublish = Grąžinti į juodraščius
news-delete = Ištrinti naujieną
error-news-not-found = Naujiena nerasta
error-news-slug-taken = Kita naujiena jau turi šį adresą
form-news-title-missing = Šia kalba yra tekstas, bet nėra antraštės.
form-news-slug-taken = Kita naujiena jau turi šį adresą; pasirinkite kitą.
audit-news-create = parašyta naujiena
audit-news-update = pakeista naujiena
audit-news-publish = paskelbta naujiena
audit-news-unpublish = naujiena grąžinta į juodraščius
audit-news-delete = ištrinta naujiena

## Pranešimo spaudai juodraštis: sakiniai iš susitikimo duomenų
press-title = Miestas { $host } priėmė partnerius iš { $countries ->
    [1] kitos šalies
    [one] { $countries } šalies
    [few] { $countries } šalių
    [many] { $countries } šalies
   *[other] { $countries } šalių
} susitikime „{ $event }“
press-lead = { $dates } miestas { $host } ({ $country }) priėmė projekto „{ $project }“ susitikimą „{ $event }“.
press-funding = Susitikimą finansavo { $programme }.
press-delegations = Delegacijos atvyko iš šių miestų: { $towns }.
press-participants = { $total ->
    [one] Susitikime dalyvavo { $total } asmuo
    [few] Susitikime dalyvavo { $total } asmenys
    [many] Susitikime dalyvavo { $total } asmens
   *[other] Susitikime dalyvavo { $total } asmenų
}, { $invited ->
    [one] tarp jų { $invited } pakviestas dalyvis iš miesto partnerio užsienyje.
    [few] tarp jų { $invited } pakviesti dalyviai iš miestų partnerių užsienyje.
    [many] tarp jų { $invited } pakviesto dalyvio iš miestų partnerių užsienyje.
   *[other] tarp jų { $invited } pakviestų dalyvių iš miestų partnerių užsienyje.
}
press-per-country = Dalyviai pagal šalis: { $list }.
press-day = { $number } diena, { $date }: { $items }.
press-signed = { $date } miestai { $a } ir { $b } pasirašė dokumentą „{ $kind }“.
press-more = Susitikimo programa, dalyvių skaičius pagal šalis ir kiekvienos dienos aprašymas paskelbti adresu { $url }

## Susitikimo nuotraukos
photos-title = Nuotraukos
photos-intro = Nuotraukos rodomos susitikimo publikacijos puslapyje, kurio prašo finansuotojas. Įkeliant nuotrauką, iš failo pašalinama informacija apie tai, kur ir kada ji padaryta, apie fotoaparatą, taip pat visi faile išsaugoti vardai.
photos-see-publication = Žiūrėti publikacijos puslapį.
photos-none = Nuotraukų kol kas nėra.
photos-add = Pridėti nuotrauką
photos-edit = Redaguoti
photos-edit-title = Nuotraukos redagavimas
photos-field-file = Nuotrauka (JPEG arba PNG)
photos-file-hint = Ne daugiau kaip { $mib } MiB.
photos-field-alt = Kas matyti nuotraukoje
photos-alt-hint = Tiems, kurie nuotraukos nemato: aprašykite ją vienu sakiniu, pavyzdžiui, „Raškos ir Daugpilio merai pasirašo memorandumą“.
photos-field-caption = Parašas po nuotrauka
photos-field-credit = Fotografas
photos-credit = Nuotr. { $name }
photos-field-consent = Žmonės, kuriuos galima atpažinti šioje nuotraukoje, sutiko, kad ji būtų paskelbta.
photos-field-position = Eilės numeris
photos-position-hint = Nuotraukos rodomos pagal eilės numerį, pradedant 1.
photos-upload = Įkelti nuotrauką
photos-added = Nuotrauka pridėta.
photos-saved = Nuotrauka išsaugota.
photos-deleted = Nuotrauka ištrinta.
photos-delete = Ištrinti nuotrauką
error-photo-not-found = Nuotrauka nerasta
error-photo-too-large = Nuotrauka per didelė
form-photo-empty = Pasirinkite nuotrauką.
form-photo-too-large = Nuotrauka per didelė; ji turi būti ne didesnė kaip 12 MiB.
form-photo-format = Galima įkelti tik JPEG ir PNG nuotraukas.
form-photo-dimensions = Tokių matmenų pikseliais nuotraukos šiame puslapyje parodyti negalima.
form-photo-unreadable = Failo nepavyksta nuskaityti kaip nuotraukos.
form-photo-duplicate = Ši nuotrauka jau yra puslapyje.
form-photo-consent-required = Patvirtinkite, kad nuotraukoje matomi žmonės sutiko, kad ji būtų paskelbta.
form-photo-position-invalid = Įveskite sveikąjį skaičių nuo 1 iki 10 000.
audit-photo-add = pridėta nuotrauka
audit-photo-update = pakeista nuotrauka
audit-photo-delete = ištrinta nuotrauka

## Vertinimo santrauka ir naujos ataskaitos dalys
events-field-evaluation = Vertinimo santrauka
events-evaluation-hint = Ką dalyviai pasakė per vertinimą; tai bus įtraukta į galutinę ataskaitą. Tarp pastraipų palikite tuščią eilutę.
report-evaluation = Vertinimas: { $event }
report-annex-photos = { $count ->
    [one] { $event }: { $count } nuotrauka publikacijos puslapyje.
    [few] { $event }: { $count } nuotraukos publikacijos puslapyje.
    [many] { $event }: { $count } nuotraukos publikacijos puslapyje.
   *[other] { $event }: { $count } nuotraukų publikacijos puslapyje.
}
report-annex-news = Pranešimas spaudai arba naujiena „{ $title }“: { $url }

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Kažkas tai tuo metu pakeitė
error-412-help = Kažkas kitas tai pakeitė po to, kai jūs tai perskaitėte. Perskaitykite iš naujo ir tada atlikite savo pakeitimą.
edit-changed-meanwhile = Kol redagavote šį punktą, kažkas kitas jį išsaugojo
edit-changed-meanwhile-help = Niekas nebuvo perrašyta. Žemiau matote, kas išsaugota dabar; jūsų versija tebėra formoje. Palyginkite abi, jei reikia, pataisykite formą ir išsaugokite dar kartą, kad liktų jūsų versija.
edit-saved-now = Išsaugota dabar
edit-your-version = Jūsų versija yra žemiau esančioje formoje.
partners-changed-meanwhile = Kažkas kitas tuo metu pakeitė { $town } vaidmenį: dabar jis yra { $now }; jūs pasirinkote { $yours }. Pasirinkite dar kartą, jei turi likti jūsų pasirinkimas.

# --- w-signin ---
form-password-weak = Šį slaptažodį per lengva atspėti. Keli nesusiję, neįprasti žodžiai sudaro stiprų slaptažodį.
form-password-weak-common = Šį slaptažodį per lengva atspėti: tai dažnai naudojamas slaptažodis arba panašus į jį.
form-password-weak-pattern = Šį slaptažodį per lengva atspėti: klaviatūros raštai ir sekos, tokios kaip abc ar 6543, bandomi pirmiausia.
form-password-weak-repeat = Šį slaptažodį per lengva atspėti: pasikartojantys simboliai ar žodžiai mažai padeda.
form-password-weak-dates = Šį slaptažodį per lengva atspėti: datos ir metai bandomi pirmiausia.
form-password-weak-names = Šį slaptažodį per lengva atspėti: vardai, pavardės ir jūsų paties adresas bandomi pirmiausia.
form-password-weak-word = Šį slaptažodį per lengva atspėti: vieno žodžio neužtenka. Pridėkite kelis nesusijusius žodžius.
form-totp-code-wrong = Kodas neteisingas. Įveskite dabartinį kodą iš autentifikavimo programėlės arba atkūrimo kodą.
form-totp-code-required = Įveskite kodą iš autentifikavimo programėlės.
form-totp-secret-invalid = Šios paslapties naudoti negalima. Įkelkite puslapį iš naujo ir gausite naują.
form-token-days-invalid = Pasirinkite, kiek dienų raktas galioja: nuo 1 iki 365.
error-signin-challenge-expired = Šis prisijungimas nebegalioja
error-page-invalid = Šio puslapio numerio naudoti negalima
signin-wait = Per daug bandymų. Palaukite { $seconds } s ir bandykite dar kartą.
totp-signin-title = Antras žingsnis: jūsų kodas
totp-signin-hint = Šešių skaitmenų kodas iš autentifikavimo programėlės arba vienas iš jūsų atkūrimo kodų.
field-totp-code = Kodas
totp-title = Dviejų žingsnių prisijungimas
totp-on = Dviejų žingsnių prisijungimas įjungtas: jungiantis prašoma kodo iš autentifikavimo programėlės.
totp-off = Dviejų žingsnių prisijungimas išjungtas.
totp-manage = Tvarkyti dviejų žingsnių prisijungimą
totp-set-up = Nustatyti dviejų žingsnių prisijungimą
totp-enabled = Dviejų žingsnių prisijungimas įjungtas.
totp-disabled = Dviejų žingsnių prisijungimas išjungtas.
totp-recovery-once = Užsirašykite šiuos atkūrimo kodus ir laikykite juos saugiai. Kiekvienas tinka vieną kartą, jei pamestumėte telefoną. Jie rodomi tik dabar.
totp-codes-left = Liko atkūrimo kodų: { $count }
totp-disable = Išjungti dviejų žingsnių prisijungimą
totp-required = Kaip instancijos administratorius, prieš tęsdami turite nustatyti dviejų žingsnių prisijungimą.
totp-help = Pridėkite šią paskyrą prie autentifikavimo programėlės (pvz., FreeOTP, Aegis ar Google Authenticator): nuskaitykite QR kodą, atverkite nuorodą telefone arba įveskite raktą. Tada įveskite programėlės rodomą kodą.
totp-qr-caption = QR kodas jūsų autentifikavimo programėlei
totp-secret = Raktas
totp-link = Nuoroda
totp-link-open = Atverti autentifikavimo programėlėje
totp-confirm = Įjungti
account-token-expired = Nebegalioja
account-token-expires = Galioja iki
field-token-days = Galiojimo laikas
account-token-days = { $days } d.
security-title = Saugumo žurnalas
security-help = Prisijungimai, nesėkmingi ir sulėtinti bandymai, dviejų žingsnių prisijungimas, API raktai, slaptažodžių ir vaidmenų pakeitimai, naujausi pirmiausia. Klientai rodomi tik kaip jų tinklas.
security-page = Puslapis { $page }
security-empty = Dar nieko neužregistruota.
security-caption = Saugumo įvykiai, naujausi pirmiausia
security-account = Paskyra
security-client = Tinklas
security-pages = Saugumo žurnalo puslapiai
security-newer = Naujesni
security-older = Senesni
security-signin-ok = prisijungė
security-signin-fail = neteisingas slaptažodis
security-signin-throttled = bandymas sulėtintas
security-totp-enrol = dviejų žingsnių prisijungimas įjungtas
security-totp-disable = dviejų žingsnių prisijungimas išjungtas
security-totp-fail = neteisingas kodas
security-totp-throttled = kodo bandymas sulėtintas
security-recovery-used = panaudotas atkūrimo kodas
security-token-create = sukurtas API raktas
security-token-use = panaudotas API raktas
security-token-revoke = atšauktas API raktas
security-password-change = slaptažodis pakeistas
security-password-reset = slaptažodis atkurtas
security-reset-throttled = atkūrimo prašymas sulėtintas
# --- w-lingers ---
photo-consent-yes = Nuotraukos: taip
photo-consent-no = Be nuotraukų
photo-consent-not_asked = Nuotraukos: neklausta (nefotografuoti)
photo-consent-choice-yes = Taip
photo-consent-choice-no = Ne
photo-consent-choice-not_asked = Dar neklausta
consent-minor = Jaunesnis nei 18 metų (nepilnametis)
consent-minor-short = Nepilnametis
consent-guardian-name = Tėvo, motinos ar globėjo vardas
consent-guardian-hint = Tik nepilnamečiui: tėvas, motina ar globėjas, sutinkantis su dalyvavimu.
consent-guardian-consent = Tėvas, motina ar globėjas sutinka, kad šis nepilnametis dalyvautų, ir su tuo, kaip naudojami jo duomenys
participants-photos = Nuotraukos
form-photo-consent-invalid = Pasirinkite „taip“, „ne“ arba „neklausta“.
form-participant-guardian-required = Nepilnamečiui reikia tėvo, motinos ar globėjo vardo.
form-participant-guardian-consent-required = Nepilnametis dalyvauja tik su tėvų ar globėjo sutikimu.
privacy-notice-title = Pranešimas apie privatumą
privacy-notice-default = Projektą { $project } vykdo jo organizatoriai. Jie saugo tai, ką čia įvedate (jūsų vardą, miestą ar organizaciją, šalį, kontaktus ir tai, ką nurodote apie kelionę, maitinimą ir prieinamumą), ir mato tai kartu su jūsų delegacijos koordinatoriumi; tai niekada neskelbiama viešai. { $funder } auditoriai gali tikrinti vardus, miestus ir dalyvavimą, kad patvirtintų dotaciją. Viskas saugoma iki { $until }; vėliau lieka tik anoniminiai skaičiai. Su nuoroda savo el. laiške bet kada galite peržiūrėti, atsisiųsti arba ištrinti savo duomenis.
privacy-notice-default-no-date = Projektą { $project } vykdo jo organizatoriai. Jie saugo tai, ką čia įvedate (jūsų vardą, miestą ar organizaciją, šalį, kontaktus ir tai, ką nurodote apie kelionę, maitinimą ir prieinamumą), ir mato tai kartu su jūsų delegacijos koordinatoriumi; tai niekada neskelbiama viešai. { $funder } auditoriai gali tikrinti vardus, miestus ir dalyvavimą, kad patvirtintų dotaciją. Viskas saugoma iki organizatorių nustatytos saugojimo datos; vėliau lieka tik anoniminiai skaičiai. Su nuoroda savo el. laiške bet kada galite peržiūrėti, atsisiųsti arba ištrinti savo duomenis.
privacy-notice-funder-unknown = finansuotojo
privacy-edit-title = Pranešimas apie privatumą
privacy-edit-intro = Kas ką saugo, kiek laiko ir kas gali tai tikrinti. Šis pranešimas rodomas visur, kur projektas renka asmens duomenis: registracijoje, prisijungiant prie delegacijos, žmonių formose ir asmeniniuose puslapiuose. Parašykite jį kiekviena reikiama kalba; tuščiai kalbai rodomas numatytasis tekstas.
privacy-edit-default = Palikus tuščią, rodomas šis pranešimas: { $text }
privacy-edit-saved = Pranešimas apie privatumą išsaugotas.
my-photos = Nuotraukos
my-photos-saved = Jūsų atsakymas dėl nuotraukų išsaugotas.
participants-erase = Ištrinti asmens duomenis (jo prašymu)
participants-erased = Asmens duomenys ištrinti; jei asmuo dalyvavo, vardas ir miestas lieka finansuotojo auditui iki saugojimo datos.
participants-erased-kept = ištrinta, paliko auditui
# --- w-forms ---
form-date-out-of-range = Data turi būti tarp 1900 ir 2200 metų.
form-item-outside-event = Programos punktas yra už susitikimo dienų ribų (dėl atvykimo ir išvykimo leidžiama viena diena prieš arba po).
form-event-too-long = Susitikimas trunka ne ilgiau kaip 366 dienas.
error-date-out-of-range = Data už 1900–2200 metų ribų
error-item-outside-event = Programos punktas už susitikimo dienų ribų
error-event-too-long = Susitikimas per ilgas
error-rate-limited = Per daug užklausų
error-429-help = Iš jūsų ryšio per trumpą laiką gauta daug užklausų. Palaukite minutę ir bandykite dar kartą.
registration-done-already = Jūs jau užsiregistravote į šį programos punktą, todėl kito laiško nesiuntėme: anksčiau gautame laiške yra jūsų asmeninė nuoroda.
form-honeypot-label = Palikite šį lauką tuščią: jis skirtas automatiniams pateikimams atpažinti.
registration-status-pending = Laukiama jūsų patvirtinimo el. paštu
registration-done-pending = Beveik baigta: išsiuntėme jums laišką su nuoroda. Jūsų vieta bus įskaityta, kai ją atidarysite per { $hours } val.
registration-mail-pending =
    Sveiki, { $name },

    patvirtinkite savo registraciją į:

    { $item }

    Jūsų vieta bus įskaityta tik tada, kai atidarysite šią nuorodą ir paspausite mygtuką (ji galioja iki { $until }):
    { $confirm }

    Jei nesiregistravote, nekreipkite dėmesio į šį laišką: registracija pati nustos galioti. Jūsų asmeninis puslapis yra čia (šios nuorodos niekam neduokite):
    { $link }
confirm-title = Patvirtinkite registraciją
confirm-intro = Paspauskite mygtuką, kad patvirtintumėte registraciją. Nuo tada jūsų vieta įskaitoma.
confirm-submit = Patvirtinti mano registraciją
confirm-done = Ačiū: jūsų registracija patvirtinta ir jūs turite vietą.
error-registration-confirmation-expired = Ši patvirtinimo nuoroda nebegalioja; užsiregistruokite dar kartą
registration-settings-save = Išsaugoti
registration-settings-confirm = Įskaityti viešą registraciją tik tada, kai asmuo ją patvirtina nuoroda savo laiške
registration-settings-hint = Tai neleidžia scenarijams užpildyti vietų išgalvotais adresais. Nepatvirtintos registracijos vietos neužima ir po 48 valandų nustoja galioti.
registration-settings-saved = Išsaugota: kaip priimamos registracijos.
# --- w-uploads ---
error-request-too-large-limit = Šiuo adresu galima siųsti ne daugiau kaip { $mib } MiB.
error-sheet-file-too-large = Failas per didelis
error-sheet-file-too-large-limit = Sąrašas gali būti ne didesnis kaip { $limit } MiB.
error-sheet-uncompressed-too-large = Išpakuota darbaknygė turi per daug duomenų
error-sheet-uncompressed-too-large-limit = Išpakuota darbaknygė gali turėti ne daugiau kaip { $limit } MiB.
error-sheet-compression-ratio = Darbaknygė įtartinai stipriai suspausta
error-sheet-compression-ratio-limit = Išpakuota darbaknygės dalis gali būti ne daugiau kaip { $limit } kartų didesnė už suspaustą.
error-sheet-too-many-parts = Darbaknygė turi per daug dalių
error-sheet-too-many-parts-limit = Darbaknygė gali turėti ne daugiau kaip { $limit } dalių.
error-sheet-too-many-rows = Sąraše per daug eilučių
error-sheet-too-many-rows-limit = Sąraše gali būti ne daugiau kaip { $limit } eilučių, įskaitant antraštės eilutę. Padalykite jį į kelis failus.
error-sheet-too-many-columns = Sąraše per daug stulpelių
error-sheet-too-many-columns-limit = Sąraše gali būti ne daugiau kaip { $limit } stulpelių.
error-sheet-too-many-cells = Sąraše per daug langelių
error-sheet-too-many-cells-limit = Sąraše gali būti ne daugiau kaip { $limit } langelių.
error-sheet-cell-too-long = Langelis per ilgas
error-sheet-cell-too-long-limit = Langelyje gali būti ne daugiau kaip { $limit } simbolių.
error-sheet-markup-too-long = Darbaknygėje yra duomenų blokas, per ilgas būti langeliu
error-sheet-markup-too-long-limit = Tarp dviejų žymių darbaknygėje gali būti ne daugiau kaip { $limit } baitų.
error-sheet-too-slow = Sąrašo skaitymas užtruko per ilgai
error-sheet-too-slow-limit = Sąrašas turi būti perskaitytas per { $limit } sekundžių.
error-xliff-too-large = Failas per didelis
error-xliff-too-large-limit = XLIFF failas gali būti ne didesnis kaip { $mib } MiB.
error-xliff-doctype = Faile yra DOCTYPE deklaracija, kurios XLIFF failams nereikia; pašalinkite ją ir įkelkite dar kartą
error-xliff-too-deep = Faile elementai įdėti per giliai
error-xliff-too-deep-limit = Elementus galima įdėti ne giliau kaip { $limit } lygių.
error-xliff-too-many-units = Faile per daug tekstų
error-xliff-too-many-units-limit = XLIFF faile gali būti ne daugiau kaip { $limit } tekstų.
form-photo-truncated = Failas baigiasi anksčiau nei vaizdas – jis nukirptas. Įkelkite visą nuotrauką.
form-photo-no-image-data = Faile nėra vaizdo.
form-photo-too-many-pixels = Nuotraukoje per daug pikselių: ne daugiau kaip 40 megapikselių ir 16 000 pikselių vienoje kraštinėje.
form-photo-polyglot = Faile po vaizdo yra kitas dokumentas; įkelkite tik nuotrauką.
# --- w-heavy ---
error-server-busy = Ruošiama
error-server-busy-help = Serveris šiuo metu ruošia kitus dokumentus. Šis puslapis po { $seconds } sek. pats paklaus dar kartą; jums nieko daryti nereikia.
