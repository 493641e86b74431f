## Webbplatsens ram
site-name = Twinning
language-name = Svenska
og-locale = sv_SE
skip-to-content = Hoppa till innehållet
language-switcher = Språk
breadcrumbs = Du är här
footer-about = Twinning – programvara med öppen källkod för vänortsprojekt.
footer-api = Öppna data: API:t och dess beskrivning

## Fel
error-field = Problemet gäller:
error-home-link = Till startsidan
error-400-help = Något i adressen stämmer inte. Kontrollera den och försök igen.
error-404-help = Det finns ingenting på den här adressen. Den kan vara felskriven, eller så har sidan flyttats.
error-405-help = Adressen kan inte användas på det sättet.
error-500-help = Något gick fel hos oss. Felet har loggats – försök igen senare.
error-503-help = Tjänsten når inte sin databas just nu. Försök igen om några minuter.
error-route-not-found = Sidan hittades inte
error-route-method-not-allowed = Inte tillåtet
error-project-not-found = Projektet hittades inte
error-event-not-found = Mötet hittades inte
error-item-not-found = Programpunkten hittades inte
error-town-not-found = Orten hittades inte
error-venue-not-found = Platsen hittades inte
error-query-lang-invalid = Okänt språk
error-query-lang-repeated = Språket angavs två gånger
error-request-too-large = För mycket data
error-request-timeout = Det tog för lång tid
error-408-help = Svaret tog för lång tid att ta fram. Försök igen.
error-413-help = De skickade uppgifterna är större än vad den här adressen tar emot.
error-server-error = Serverfel
error-server-database-unavailable = Tillfälligt otillgänglig

## Startsida
home-title = Vänortsprojekt
home-intro = Vänorter, deras möten och program – och människorna som för dem samman.
home-projects = Projekt
home-no-projects = Inga projekt har publicerats ännu.

## Projekt
project-period = Period
project-status = Status
project-lead = Huvudpartner
project-all-partners = Alla partner
project-events = Möten
project-twinnings = Avtal mellan partnerorterna
funding-programme = Finansieringsprogram
funding-strand = Programområde
funding-measure = Åtgärd
status-planned = Planerat
status-running = Pågår
status-completed = Avslutat
status-cancelled = Inställt
partner-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partner
} från { $countries ->
    [one] { $countries } land
   *[other] { $countries } länder
}
role-lead = Huvudpartner
role-partner = Partner
role-associated = Associerad partner

## Partner
partners-title = Partner
partners-caption = Projektets partnerorter och deras roller
partners-town = Ort
partners-country = Land
partners-role = Roll
partners-organisation = Företräder orten
illustrative-badge = Illustrativt:
illustrative-mark = illustrativt
illustrative-time-title = Klockslaget är bara illustrativt: källan anger endast dagen.

## Vänorter och avtal
twinning-twin = Vänorter
twinning-partnership = Partnerskap
twinning-friendship = Vänskapsavtal
twinning-memorandum_of_cooperation = Avsiktsförklaring om samarbete
twinning-between = { $kind }: { $a } och { $b }
twinning-between-since = { $kind }: { $a } och { $b }, { $since }
twinning-since = sedan { $date }
twinning-signed-at = undertecknat under mötet
twinning-document = dokument

## Möten
event-dates = Datum
event-host = Värdort
event-zone = Tidszon
event-days = Dag för dag
event-venues = Platser
event-see-programme = Se programmet

## Program
programme-title = Program
programme-description = Programmet dag för dag för { $event }.
programme-ics = Lägg till i kalendern (.ics)
programme-days-nav = Dagar
programme-day-empty = Inget är planerat för den här dagen ännu.
programme-day-number = Dag { $number }
programme-item-count = { $count ->
    [one] { $count } programpunkt
   *[other] { $count } programpunkter
}
item-capacity = { $count ->
    [one] { $count } plats
   *[other] { $count } platser
}
item-when = När
item-where = Var
item-audience = Målgrupp
item-hosts = Värdar och talare
item-languages = Språk
item-event = Ingår i
audience-delegates = Delegationer
audience-public = Öppet för allmänheten

kind-arrival = Ankomst
kind-sightseeing = Sightseeing
kind-official_meeting = Officiellt möte
kind-presentation = Presentation
kind-signing = Undertecknande
kind-conference = Konferens
kind-lecture = Föreläsning
kind-debate = Debatt
kind-group_work = Grupparbete
kind-workshop = Workshop
kind-cultural_evening = Kulturkväll
kind-meal = Måltid
kind-excursion = Utflykt
kind-visit = Besök
kind-ceremony = Ceremoni
kind-evaluation = Utvärdering
kind-departure = Avresa
kind-free_time = Fri tid

## Orter och platser
town-description = { $town }, { $country }: vänorter och projekt.
town-country = Land
town-region = Region
town-population = Invånare
town-location = Läge
town-website = Webbplats
town-twinnings = Vänorter och avtal
town-no-twinnings = Inga vänorter finns registrerade för den här orten.
town-projects = Projekt
town-no-projects = Orten deltar ännu inte i något projekt här.
town-organisations = Företräder orten
venue-map = karta
venue-address = Adress
venue-town = Ort
venue-coordinates = Koordinater
venue-accessibility = Tillgänglighet
venue-held-here = Äger rum här
venue-nothing-held = Inget är planerat här.

## Datum (dag, månad och år är tal; månader och veckodagar är namnen nedan)
date-day-heading = { $weekday } { $day } { $month }
date-long = { $day } { $month } { $year }
date-range-month = { $start }–{ $end } { $month } { $year }
date-range = { $start } – { $end }
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag

## Språk (för programpunkter)
lang-en = engelska
lang-lv = lettiska
lang-ltg = latgalliska
lang-lt = litauiska
lang-pl = polska
lang-de = tyska
lang-sv = svenska
lang-sr = serbiska
lang-sr-Cyrl = serbiska (kyrilliska)
lang-sr-Latn = serbiska (latinska bokstäver)
lang-it = italienska
lang-ru = ryska
lang-fr = franska
lang-es = spanska

## Länder
country-AL = Albanien
country-AT = Österrike
country-BA = Bosnien och Hercegovina
country-BE = Belgien
country-BG = Bulgarien
country-BY = Belarus
country-CH = Schweiz
country-CY = Cypern
country-CZ = Tjeckien
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spanien
country-FI = Finland
country-FR = Frankrike
country-GB = Storbritannien
country-GR = Grekland
country-HR = Kroatien
country-HU = Ungern
country-IE = Irland
country-IS = Island
country-IT = Italien
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MD = Moldavien
country-ME = Montenegro
country-MK = Nordmakedonien
country-MT = Malta
country-NL = Nederländerna
country-NO = Norge
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-RS = Serbien
country-SE = Sverige
country-SI = Slovenien
country-SK = Slovakien
country-TR = Turkiet
country-UA = Ukraina
country-XK = Kosovo

## Inloggning och kontosidan
signin-title = Logga in
signin-submit = Logga in
signin-forgot = Glömt lösenordet?
signin-too-many = För många misslyckade försök. Av säkerhetsskäl för ditt konto: vänta { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
} och försök sedan igen.
signout-submit = Logga ut
field-email = E-postadress
field-password = Lösenord
field-name = Namn
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
field-token-name = Vad token ska användas till
password-hint = Minst 10 tecken. Några ord som inte hör ihop blir ett starkt lösenord som är lätt att komma ihåg.
form-error-summary = Rätta följande
form-email-invalid = Ange en e-postadress, till exempel namn@example.org.
form-password-required = Ange ditt lösenord.
form-signin-wrong = E-postadressen eller lösenordet stämmer inte.
form-password-current-wrong = Ditt nuvarande lösenord stämmer inte.
form-password-too-short = Lösenordet måste ha minst 10 tecken.
form-password-too-long = Lösenordet får ha högst 1024 tecken.
form-token-name-invalid = Beskriv med några ord vad token ska användas till (högst 120 tecken).
form-name-invalid = Ange ett namn på högst 120 tecken.
account-title = Ditt konto
account-roles = Dina projekt
account-no-roles = Du har ännu ingen roll i något projekt. En organisatör kan bjuda in dig.
account-password = Byt lösenord
account-password-submit = Byt lösenord
account-password-changed = Ditt lösenord har ändrats. Du har loggats ut på alla andra ställen.
account-sessions = Där du är inloggad
account-sessions-caption = Dina sessioner, senast använda först
account-device = Webbläsare eller enhet
account-last-seen = Senast använd
account-actions = Åtgärder
account-this-session = Den här sessionen
account-end-session = Logga ut där
account-session-ended = Sessionen har avslutats.
account-unknown-device = Okänd webbläsare
account-tokens = API-token
account-tokens-help = Med en token kan ett skript använda API:t med dina behörigheter. Håll den hemlig och återkalla den när den inte längre behövs.
account-tokens-caption = Dina API-token
account-token-create = Skapa en token
account-token-created = Din nya token är klar.
account-token-once = Kopiera den nu – den visas inte igen.
account-token-revoked = Token har återkallats.
account-created = Skapad
account-last-used = Senast använd
account-never-used = aldrig
account-revoked = återkallad
account-revoke = Återkalla
member-role-organiser = Organisatör
member-role-coordinator = Partnersamordnare
member-role-participant = Deltagare
admin-title = Administration av instansen
error-session-not-found = Sessionen hittades inte
error-token-not-found = Token hittades inte
error-request-cross-site = Begäran avvisades
error-403-help = Begäran avvisades. Om du följde en länk från en annan webbplats: öppna den här webbplatsen direkt och försök igen.
error-form-invalid = Formuläret kunde inte läsas

## Administration: projekt, personer, inbjudningar, ändringslogg, administration
manage-title = Projektadministration
manage-your-role = Din roll:
manage-public-page = Projektets offentliga sida
field-role = Roll
field-town = Partnerort
people-title = Personer och roller
people-caption = Alla som har en roll i det här projektet
people-change-role = Ändra
people-revoke = Ta bort från projektet
people-invite = Bjud in någon
people-invite-help = Personen får ett e-postmeddelande med en länk som kan användas en gång och gäller i 14 dagar. Med den skapar personen ett konto eller använder ett befintligt.
people-town-hint = För partnersamordnare: den ort vars delegation personen registrerar.
people-invite-submit = Skicka inbjudan
people-invited = Inbjudan har skickats.
people-role-changed = Rollen har ändrats.
people-revoked = Personen har inte längre någon roll i projektet.
form-role-invalid = Välj en roll.
form-role-town-required = En partnersamordnare företräder en partnerort – välj vilken.
form-invitation-account-exists = Det finns redan ett konto med den här adressen. Logga in först och öppna sedan inbjudan igen.
form-account-unknown = Det finns inget konto med den här adressen.
form-project-unknown = Välj ett projekt.
audit-title = Ändringslogg
audit-empty = Inget har ändrats ännu.
audit-caption = Vem som ändrade vad, senaste först
audit-when = När
audit-who = Vem
audit-what = Vad
audit-target = Gäller
audit-system = systemet
audit-account-create = konto skapat
audit-account-create_admin = administratör skapad
audit-account-password_change = lösenord ändrat
audit-account-password_reset = lösenord återställt
audit-role-set = roll tilldelad
audit-role-revoke = roll borttagen
audit-invitation-create = inbjudan skickad
audit-invitation-accept = inbjudan accepterad
audit-token-create = API-token skapad
audit-token-revoke = API-token återkallad
invitation-title = Inbjudan
invitation-project = Projekt
invitation-expires = Gäller till och med
invitation-signed-in-as = Du är inloggad som
invitation-accept = Tacka ja till inbjudan
invitation-new-account = Skapa ditt konto
invitation-create-and-accept = Skapa konto och tacka ja
invitation-have-account = Har du redan ett konto?
admin-accounts = Konton
admin-accounts-caption = Alla konton på den här instansen
admin-grant = Gör någon till organisatör
admin-grant-submit = Gör till organisatör
admin-organiser-granted = Kontot är nu organisatör för projektet.
admin-mail = Utgående e-post
admin-mail-empty = Ingen e-post har skickats ännu.
admin-mail-caption = De senaste meddelandena, nyaste först
admin-mail-to = Till
admin-mail-subject = Ämne
admin-mail-status = Status
admin-mail-sent = skickat kl.
admin-mail-waiting = { $attempts ->
    [0] väntar
    [one] väntar, { $attempts } misslyckat försök
   *[other] väntar, { $attempts } misslyckade försök
}
error-auth-forbidden = Inte tillåtet
error-409-help = Ändringen skulle leda till ett läge som inte är tillåtet.
error-member-not-found = Personen finns inte i det här projektet
error-invitation-invalid = Inbjudan kan inte användas
error-mail-not-found = Meddelandet hittades inte
error-role-last-organiser = Ett projekt måste ha en organisatör
mail-invitation-subject = Inbjudan: { $project }
mail-invitation-body =
    Hej!

    { $inviter } bjuder in dig till projektet ”{ $project }” på Twinning med rollen { $role }.

    Öppna den här länken för att tacka ja (den kan användas en gång, till och med { $date }):
    { $link }

    Om du inte väntade dig den här inbjudan kan du bortse från meddelandet.

## Återställa lösenord
reset-title = Återställ ditt lösenord
reset-help = Ange e-postadressen för ditt konto. Vi skickar en länk där du kan välja ett nytt lösenord.
reset-submit = Skicka länken
reset-sent = Om det finns ett konto med den här adressen är en länk för att välja ett nytt lösenord på väg. Den kan användas en gång och gäller i en timme.
reset-new-title = Välj ett nytt lösenord
reset-new-submit = Spara det nya lösenordet
reset-done = Ditt lösenord har ändrats. Logga in med det nya lösenordet.
error-reset-invalid = Länken kan inte användas
admin-mail-retry = Försök igen nu
mail-reset-subject = Återställ ditt lösenord för Twinning
mail-reset-body =
    Hej { $name }!

    Någon har bett om att få återställa lösenordet för ditt Twinning-konto. Öppna den här länken inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } för att välja ett nytt lösenord (den kan användas en gång):
    { $link }

    Om det inte var du kan du bortse från meddelandet: ditt lösenord förblir oförändrat.

## Översätta projektets innehåll
translations-title = Översättningar
translations-help = Hur mycket av projektets innehåll som finns på vart och ett av dess språk. Saknas en text visar sidorna den på projektets huvudspråk, i andra hand på engelska, och markerar det.
translations-caption = Fält med text, per typ av innehåll och språk
translations-what = Innehåll
translations-all = Allt innehåll
translations-cell = { $done } / { $total }
translations-files = Filer för översättare
translations-files-help = Ladda ned texterna som en XLIFF-fil, som översättningsverktyg kan öppna, och ladda upp den översatta filen för att föra in texterna. Du får se vad som ändrades.
translations-download-missing = Ladda ned det som saknas (XLIFF)
translations-download-all = Ladda ned allt
translations-upload = Översatt XLIFF-fil
translations-upload-submit = Ladda upp och tillämpa
translations-add-language = Lägg till ett språk
translations-language-code = Språkkod
translations-language-code-hint = Till exempel de, sv, sr-Latn eller it.
translations-add-language-submit = Lägg till språket
translations-language-added = Språket har lagts till i projektet.
translations-editor-help = Varje fält visar sin text på projektets huvudspråk – skriv översättningen under den. Om du tömmer ett fält tas dess översättning bort.
translations-save = Spara översättningarna
translations-changed = Vad som ändrades
translations-removed = Borttagna översättningar:
translations-report = { $changed ->
    [one] { $changed } text ändrad
   *[other] { $changed } texter ändrade
}, borttagna: { $removed }, oförändrade: { $unchanged }, avvisade: { $rejected }.
translations-unknown-field = { $id }: det finns inget sådant fält i det här projektet.
translations-group-project = Projekt
translations-group-partner = Partner
translations-group-event = Möte
translations-group-item = Programpunkt
translations-group-venue = Plats
translations-group-town = Ort
translations-group-organisation = Organisation
translations-group-twinning = Avtal mellan orter
translations-field-title = titel
translations-field-aims = mål
translations-field-programme = finansieringsprogram
translations-field-strand = programområde
translations-field-measure = åtgärd
translations-field-label = länktext
translations-field-illustrative = anmärkning om illustrativa uppgifter
translations-field-description = beskrivning
translations-field-hosts = värdar och talare
translations-field-name = namn
translations-field-accessibility = tillgänglighet
translations-field-region = region
form-text-too-long = Texten är för lång.
form-text-required = Den här texten behövs på minst ett språk.
form-text-control-character = Texten innehåller ett osynligt styrtecken – ta bort det.
error-language-not-in-project = Språket är inte ett av projektets språk
error-xliff-malformed = Filen är inte en läsbar XLIFF-fil
error-xliff-wrong-language = Filen gäller ett annat språk
error-xliff-empty = Filen innehåller inga texter
error-xliff-upload = Filen kunde inte tas emot
error-lang-invalid = Ingen giltig språkkod
error-422-help = Uppgifterna kunde inte användas. Gå tillbaka, kontrollera dem och försök igen.

## Programkontroll
checks-title = Programkontroll
checks-intro = Det som en erfaren organisatör går igenom en gång till före publiceringen. Det här är varningar, inte fel: programmet kan ändå publiceras.
checks-none = Inga varningar: programmet ser konsekvent ut.
checks-count = { $count ->
    [one] { $count } varning
   *[other] { $count } varningar
}
check-outside-event = ”{ $item }” ligger på en dag utanför mötets datum.
check-venue-double-booked = ”{ $first }” och ”{ $second }” använder { $venue } samtidigt.
check-delegates-overlap = ”{ $first }” och ”{ $second }” är båda för alla delegationer, och de överlappar varandra.
check-too-little-travel = Från ”{ $first }” till ”{ $second }” är det { $km } km { $mode }: det tar ungefär { $needed ->
    [one] { $needed } minut
   *[other] { $needed } minuter
}, men mellan dem finns bara { $available ->
    [one] { $available } minut
   *[other] { $available } minuter
}.
check-public-without-capacity = Programpunkten ”{ $item }” är öppen för allmänheten men har inget angivet antal platser, så antalet anmälningar kan inte begränsas.
check-mode-walk = till fots
check-mode-coach = med buss

programme-last-changed = Senast ändrad: { $date }

## Redigera programmet
manage-programme-for = Program: { $event }
items-new = Lägg till en programpunkt
items-saved = Programpunkten har sparats.
items-deleted = Programpunkten har tagits bort.
items-field-slug = Kortnamn i adressen
items-slug-hint = Små bokstäver, siffror och bindestreck, till exempel guidad-stadsvandring. Det kan inte ändras senare.
items-field-title = Titel
items-when = När
items-field-starts = Börjar
items-field-ends = Slutar
items-field-kind = Typ
items-field-capacity = Antal platser
items-capacity-hint = Lämna tomt om det inte finns någon gräns. Programpunkter som är öppna för allmänheten bör ha ett angivet antal platser.
items-field-venues = Platser
items-field-description = Beskrivning
items-languages-hint = Språkkoder åtskilda med kommatecken, till exempel lv, en.
items-save = Spara
items-duplicate = Duplicera
items-delete = Ta bort
items-public-page = Programpunktens offentliga sida
form-slug-invalid = Använd 1 till 64 små bokstäver, siffror och enkla bindestreck.
form-item-slug-taken = En annan programpunkt i det här mötet har redan det här kortnamnet.
form-time-invalid = Ange datum och klockslag.
form-time-nonexistent = Den här tiden finns inte i mötets tidszon (klockan hoppar över den).
form-item-ends-before-start = Programpunkten måste sluta efter att den har börjat.
form-kind-invalid = Välj en typ.
form-audience-invalid = Välj vem programpunkten är till för.
form-capacity-invalid = Ange antalet platser som ett heltal, minst 1, eller lämna fältet tomt.
form-lang-invalid = Använd språkkoder som lv, en eller sr-Latn.
form-venue-unknown = Välj platser i listan.
form-item-capacity-zero = Antalet platser är minst 1; lämna fältet tomt om det inte finns någon gräns.

## Publicera programmet
programme-changes = Tillagda: { $added }, ändrade: { $changed }, borttagna: { $removed }
publish-never = Utkast: allmänheten ser inget program förrän du publicerar det.
publish-up-to-date = Publicerat som version { $version }; allmänheten ser exakt detta.
publish-pending = { $count ->
    [one] { $count } ändring sedan version { $version } är ännu inte offentlig.
   *[other] { $count } ändringar sedan version { $version } är ännu inte offentliga.
}
publish-submit = Publicera programmet
publish-done = Programmet har publicerats. Den offentliga sidan och kalendrarna visar det nu.
publish-nothing = Inget att publicera: allmänheten ser redan det här programmet.
audit-programme-publish = program publicerat
audit-item-create = programpunkt tillagd
audit-item-update = programpunkt ändrad
audit-item-duplicate = programpunkt duplicerad
audit-item-delete = programpunkt borttagen
audit-translation-update = översättningar ändrade
audit-project-language_add = språk tillagt

## Klona ett möte
events-clone = Klona det här mötet
events-clone-help = Kopiera dess program som utgångspunkt för nästa möte: varje programpunkt flyttas med den nya första dagen. Kopian är ett utkast tills du publicerar den.
events-clone-slug = Kortnamn för det nya mötet
events-clone-start = Det nya mötets första dag
events-clone-submit = Klona
events-cloned = Mötet har klonats. Dess program är ett utkast tills du publicerar det.
form-event-slug-taken = Projektet har redan ett möte med det här kortnamnet.
form-date-invalid = Ange ett datum.
audit-event-clone = möte klonat

## Starta ett projekt (administration)
setup-new-title = Starta ett projekt
setup-new-intro = Ett projekt är ett vänortsinitiativ: dess partnerorter, dess möten och deras program. Du blir projektets första organisatör, och din ort blir dess huvudpartner. Allt kan ändras senare.
setup-create = Starta projektet
setup-created = Projektet har startats. Nästa steg: lägg till partnerorterna, platserna och det första mötet.
setup-saved = Projektets uppgifter har sparats.
setup-settings-title = Projektets uppgifter
setup-settings-intro = Texterna skrivs på projektets huvudspråk; på översättningssidorna förs de över till de andra språken.
setup-field-slug = Kortnamn i adressen
setup-slug-hint = Små bokstäver, siffror och bindestreck, till exempel unity-in-diversity. Det ingår i varje adress i projektet och kan inte ändras senare.
setup-field-acronym = Förkortning
setup-acronym-hint = Så som finansiären känner projektet, till exempel TTChan (högst 40 tecken).
setup-field-aims = Mål
setup-field-lead-town = Huvudpartnerns ort
setup-lead-town-hint = Din egen ort. Om den inte finns i listan, låt ”Finns inte i listan” stå kvar och ange ortens namn och land nedan.
setup-town-not-listed = Finns inte i listan
setup-field-town-name = Ortens eget namn
setup-town-name-hint = Så som orten själv skriver det, till exempel Daugavpils eller Raška. Behövs bara för en ort som inte finns i listan.
setup-field-default-lang = Huvudspråk
setup-default-lang-hint = Det språk som organisatörerna skriver på, angivet som en kod, till exempel lv, en eller sr-Latn.
setup-field-languages = Projektets språk
setup-field-period-start = Projektet börjar
setup-field-period-end = Projektet slutar
setup-field-funding-programme = Finansieringsprogram
setup-funding-hint = Till exempel Europa för medborgarna. Lämna tomt om projektet inte har någon finansiär.
setup-field-funding-strand = Programområde
setup-field-funding-measure = Åtgärd
setup-field-links = Länkar
setup-links-hint = En per rad: länktexten, ett lodrätt streck och sedan adressen, till exempel Projektets webbplats | https://example.org

## Partner (administration)
partners-manage-title = Partnerorter
partners-manage-caption = Orterna som deltar och deras roller
partners-actions = Åtgärder
partners-change-role = Ändra rollen
partners-remove = Ta bort
partners-add = Lägg till en partnerort
partners-add-intro = Välj en ort som redan finns på webbplatsen, eller ange namn och land för en ny ort. Om du anger en ny huvudpartner blir den nuvarande huvudpartnern en vanlig partner.
partners-added = Partnerorten har lagts till.
partners-saved = Partnerns roll har ändrats.
partners-removed = Partnerorten har tagits bort från projektet.

## Platser (administration)
venues-manage-title = Platser
venues-manage-caption = Projektets platser, per ort
venues-new = Lägg till en plats
venues-none-yet = Inga platser ännu.
venues-saved = Platsen har sparats.
venues-slug-hint = Små bokstäver, siffror och bindestreck, till exempel daugavpils-fortress. Det kan inte ändras senare.
venues-new-town-hint = Bara för en ort som inte finns i listan, till exempel ett stopp under en utflykt.
venues-coordinates-hint = Latitud och longitud, till exempel 55.8714, 26.5161 – eller adressen till en karta som är centrerad på platsen.
venues-map-intro = Så väljer du platsen på en karta: öppna kartan, centrera den på platsen, kopiera adressen från webbläsarens adressfält och klistra in den i fältet för koordinater.
venues-open-map = Öppna kartan (OpenStreetMap)
venues-accessibility-hint = Tillträde utan trappsteg, hissar, tillgängliga toaletter, hörslingor: det som en besökare behöver veta.
venues-public-page = Platsens offentliga sida

## Möten (administration)
events-new = Lägg till ett möte
events-none-yet = Inga möten ännu.
events-settings = Mötets uppgifter
events-programme = Mötets program
events-saved = Mötets uppgifter har sparats.
events-delete = Ta bort mötet
events-deleted = Mötet har tagits bort.
events-slug-hint = Små bokstäver, siffror och bindestreck, till exempel daugavpils-2018. Det kan inte ändras senare.
events-field-start = Första dagen
events-field-end = Sista dagen
events-field-zone = Tidszon
events-zone-hint = Där mötet äger rum, angivet som ett IANA-namn, till exempel Europe/Riga. Alla tider i programmet anges i den här tidszonen.

## Vem som får starta projekt (administration av instansen)
admin-starter = Får starta projekt
admin-starter-yes = Ja
admin-starter-allow = Tillåt
admin-starter-revoke = Återkalla
admin-starter-saved = Kontots rätt att starta projekt har ändrats.

## Formulärmeddelanden när ett projekt läggs upp
form-choose = Välj…
form-slug-reserved = Det här ordet är namnet på en egen sida; välj ett annat.
form-slug-duplicate = Det här kortnamnet används två gånger.
form-coordinates-invalid = Latituden ligger mellan -90 och 90, longituden mellan -180 och 180.
form-coordinates-unreadable = Ange latitud och longitud i decimalgrader, till exempel 55.8714, 26.5161, eller klistra in adressen till en karta som är centrerad på platsen.
form-country-invalid = Välj ett land.
form-event-ends-before-start = Mötets sista dag kan inte infalla före dess första dag.
form-event-outside-project = Mötet måste ligga inom projektets period.
form-funding-programme-required = Ange finansieringsprogrammet, eller lämna även programområde och åtgärd tomma.
form-link-invalid = Skriv varje länk som en länktext, ett lodrätt streck och en adress som börjar med https://.
form-partner-already = Den här orten är redan partner.
form-project-acronym-invalid = Ange en förkortning på 1 till 40 tecken.
form-project-default-lang-missing = Språken måste omfatta huvudspråket.
form-project-ends-before-start = Projektet kan inte sluta innan det har börjat.
form-project-one-lead = Ett projekt har exakt en huvudpartner.
form-project-slug-taken = Ett annat projekt har redan det här kortnamnet.
form-status-invalid = Välj en status.
form-town-name-required = Ange ortens eget namn (högst 300 tecken).
form-town-unknown = Välj en ort i listan.
form-url-invalid = Ange en adress som börjar med https:// eller http://.
form-venue-slug-taken = Det finns redan en plats med det här kortnamnet (platserna delas av alla projekt).
form-zone-invalid = Ange en tidszon, till exempel Europe/Riga.
audit-project-create = projekt startat
audit-project-update = projektets uppgifter ändrade
audit-partner-add = partnerort tillagd
audit-partner-role = partnerns roll ändrad
audit-partner-remove = partnerort borttagen
audit-venue-create = plats tillagd
audit-venue-update = plats ändrad
audit-event-create = möte tillagt
audit-event-update = mötets uppgifter ändrade
audit-event-delete = möte borttaget
audit-account-may_start_projects = rätt att starta projekt beviljad
audit-account-may_not_start_projects = rätt att starta projekt återkallad

## Anmälan till en programpunkt som är öppen för allmänheten
registration-title = Anmälan
registration-places-left = { $left ->
    [one] En plats kvar av { $capacity }.
   *[other] { $left } platser kvar av { $capacity }.
}
registration-full = { $waiting ->
    [0] Alla platser är upptagna. Du kan ställa dig på väntelistan: om någon avanmäler sig får den som står först på väntelistan platsen och ett e-postmeddelande.
    [one] Alla platser är upptagna; en person står på väntelistan. Du kan ställa dig på väntelistan: om någon avanmäler sig får den som står först på väntelistan platsen och ett e-postmeddelande.
   *[other] Alla platser är upptagna; { $waiting } personer står på väntelistan. Du kan ställa dig på väntelistan: om någon avanmäler sig får den som står först på väntelistan platsen och ett e-postmeddelande.
}
registration-email-hint = Hit skickar vi bekräftelsen och en länk till din egen sida.
registration-field-town = Din ort eller organisation
registration-privacy = Bara organisatörerna för { $project } och, när de granskar projektet, finansiärens revisorer ser ditt namn, din e-postadress, din ort och ditt land. Uppgifterna visas aldrig offentligt. Via länken i e-postmeddelandet kan du se dina anmälningar och avanmäla dig.
registration-privacy-accept = Jag har läst hur mina uppgifter används och godkänner det.
registration-submit = Anmäl dig
registration-closed = Anmälan är stängd: programpunkten har börjat eller är redan slut.
registration-done-title = Tack för din anmälan
registration-done-confirmed = Du har fått en plats.
registration-done-waiting = Alla platser är upptagna: du står på väntelistan. Om en plats blir ledig får du ett e-postmeddelande.
registration-check-mail = Vi har skickat ett e-postmeddelande till dig med uppgifterna, programpunkten för din kalender och en länk till din egen sida, där du kan avanmäla dig.
registration-back = Tillbaka till programpunkten
registration-mail-subject = Anmälan: { $item }
registration-mail-confirmed =
    Hej { $name }!

    Du har fått en plats på:

    { $item }

    Programpunkten finns bifogad för din kalender. Din egen sida, med ditt program, ett kalenderflöde och en knapp för att avanmäla dig, finns här (dela inte länken med någon annan):
    { $link }
registration-mail-waiting =
    Hej { $name }!

    Alla platser är upptagna, så du står på väntelistan för:

    { $item }

    Om någon avanmäler sig får den som står först på väntelistan platsen och ett e-postmeddelande. Din egen sida, där du också kan lämna väntelistan, finns här (dela inte länken med någon annan):
    { $link }
registration-mail-promoted =
    Hej { $name }!

    En plats har blivit ledig och den är din:

    { $item }

    Programpunkten finns bifogad för din kalender. Om du vill avanmäla dig använder du länken i ditt första e-postmeddelande.
registration-status-confirmed = Plats bekräftad
registration-status-waiting = På väntelistan
registration-status-cancelled = Avanmäld
form-registration-town-required = Ange din ort eller organisation (högst 120 tecken).
form-registration-privacy-required = Godkänn hur dina uppgifter används, eller avstå från att anmäla dig.

## En persons egen sida
my-title = Mitt program
my-greeting = Hej { $name }! Det här är ditt program: programpunkterna som du har anmält dig till, och programmet för delegationerna om du är med i en delegation.
my-keep-link = Den här sidans adress är din nyckel: dela den inte med någon annan.
my-calendar = I din kalender
my-calendar-hint = Prenumerera, så håller din kalenderapp ditt program uppdaterat när organisatörerna ändrar det. Flödets adress är också privat.
my-calendar-subscribe = Prenumerera i en kalenderapp
my-calendar-download = Ladda ned som fil (.ics)
my-registrations = Mina anmälningar
my-cancel = Avanmäl
my-cancelled = Du är nu avanmäld.
my-programme = Mitt program dag för dag

## Personer på ett möte (administration)
participants-title = Personer
participants-for = Personer: { $event }
participants-title-delegation = Delegationen från { $town }
participants-no-delegation = Ingen delegation
participants-anonymised = (anonymiserad)
participants-new = Lägg till en person
participants-saved = Personen har sparats.
participants-deleted = Personen har tagits bort.
participants-delete = Ta bort den här personen
participants-total = { $count ->
    [one] En person.
   *[other] { $count } personer.
}
participants-figures = Siffror
participants-invited = Inbjudna deltagare (skickade av en partner från ett annat land)
participants-local = Lokala deltagare
participants-attended = Närvarande minst en dag
participants-by-country = Personer per land
participants-by-delegation = Personer per delegation
participants-by-role = Personer per roll
participants-count = Antal
participants-list = Alla
participants-search = Sök på namn, ort eller e-postadress
participants-search-submit = Sök
participants-none = Ingen ännu.
participants-caption = Personer, efter namn
participants-needs = Behov
participants-export-csv = Ladda ned som CSV
participants-export-xlsx = Ladda ned som XLSX (ett blad per ort)
participants-privacy-note = Det behövs bara namn, ort eller organisation samt land. Berätta för personen att organisatörerna och, när de granskar projektet, finansiärens revisorer ser uppgifterna; de visas aldrig offentligt.
participants-email-hint = Hit skickar vi personens eget program och en kalenderlänk.
participants-field-delegation = Delegation
participants-field-arrival-place = Anländer till
participants-field-arrival-time = Ankomst
participants-field-departure-place = Reser från
participants-field-departure-time = Avresa
participants-field-by = Reser med
participants-field-accommodation = Boende
participants-field-dietary = Kostbehov
participants-field-access = Tillgänglighetsbehov
participants-field-photos = Får synas på projektets foton
participant-role-delegate = Delegat
participant-role-speaker = Talare
participant-role-staff = Personal
participant-role-press = Press
participant-role-resident = Ortsbo
travel-by-plane = Flyg
travel-by-train = Tåg
travel-by-bus = Buss
travel-by-coach = Turistbuss
travel-by-car = Bil
travel-by-ship = Båt
travel-by-other = Annat
upload-title = Ladda upp en lista
upload-intro = En CSV- eller XLSX-fil där första raden anger kolumnernas namn. Personer som redan finns på listan (samma e-postadress, eller om den saknas samma namn) uppdateras och läggs inte till en gång till.
upload-template = Ladda ned en mall (CSV)
upload-file = Fil (CSV eller XLSX)
upload-submit = Ladda upp
upload-summary = Tillagda: { $created }. Uppdaterade: { $updated }. Avvisade: { $rejected }.
upload-report-caption = Varje rad i filen och vad som hände med den
upload-row = Rad
upload-outcome = Resultat
upload-created = tillagd
upload-updated = uppdaterad
upload-rejected = avvisad
upload-back = Tillbaka till listan
form-participant-town-required = Ange ort eller organisation (högst 120 tecken).
form-participant-role-invalid = Använd delegate (delegat), speaker (talare), staff (personal), press (press) eller resident (ortsbo).
form-travel-invalid = Använd plane (flyg), train (tåg), bus (buss), coach (turistbuss), car (bil), ship (båt) eller other (annat).
form-travel-leaves-before-arriving = Avresan kan inte ligga före ankomsten.
form-yes-no-invalid = Skriv yes (ja) eller no (nej).
audit-people-save = personer sparade
audit-person-update = person ändrad
audit-person-delete = person borttagen

## Felsidor för uppläggning av projekt, anmälan och personer
error-partner-lead-required = Huvudpartnern måste finnas kvar
error-partner-hosts-event = Den här orten är värd för ett möte
error-partner-has-coordinators = Den här orten har partnersamordnare
error-partner-not-found = Partnerorten hittades inte
error-event-published = Ett publicerat möte måste finnas kvar
error-role-invalid = Okänd roll
error-allow-invalid = Okänt val
error-account-not-found = Kontot hittades inte
error-registration-closed = Anmälan är stängd
error-registration-not-found = Anmälan hittades inte
error-link-unknown = Den här länken kan inte användas
error-person-not-found = Personen hittades inte
error-delegation-invalid = Okänd delegation
error-upload-invalid = Filen kunde inte tas emot
error-upload-empty = Välj en fil
error-upload-unreadable = Filen kan inte läsas som CSV eller XLSX
error-upload-no-name-column = Filen har ingen kolumn för namn

## Personuppgifter: dina egna, och hur länge de sparas
my-data = Mina uppgifter
my-data-hint = Du kan ladda ned allt som finns sparat om dig, eller radera det. Om du raderar dina uppgifter blir du avanmäld från allt du har anmält dig till (dina platser går till dem som står på väntelistan), och ditt namn, dina kontaktuppgifter och dina behov töms; bara ditt land och din delegation finns kvar, utan koppling till ditt namn, i de siffror som finansiären begär. Den här länken slutar då att fungera.
my-data-download = Ladda ned mina uppgifter (JSON)
my-erase-confirm = Ja, radera mina uppgifter.
my-erase = Radera mina uppgifter
my-erase-confirm-needed = Om du vill radera dina uppgifter kryssar du först i rutan för att bekräfta.
my-erased-title = Dina uppgifter har raderats
my-erased = Du är avanmäld från allt du anmält dig till och dina personuppgifter är borttagna. Tack för att du deltog.
retention-title = Hur länge personuppgifter sparas
retention-hint = Efter det här datumet anonymiseras personerna i det här projektet: namn, kontaktuppgifter och behov töms; land, delegation och närvaro finns kvar för rapporten. Ange slutet av den period då finansiären kan granska projektet.
retention-until = Spara personuppgifter till och med
retention-saved = Slutdatumet för lagringen har sparats.
audit-project-retention = slutdatum för lagring angivet
audit-people-purge = personuppgifter anonymiserade
error-date-invalid = Ogiltigt datum

## Incheckning och namnbrickor
checkin-title = Incheckning
checkin-day = Dag
checkin-show-day = Visa
checkin-present = Närvarande: { $count } av { $total }.
checkin-by-code = Med koden på namnbrickan
checkin-code = Koden på namnbrickan
checkin-submit = Checka in
checkin-scan = Skanna med kameran
checkin-list = Från listan
checkin-here = Närvarande
checkin-undo = Ångra
checkin-done = { $name } är incheckad.
checkin-undone = { $name } är inte längre markerad som närvarande.
checkin-unknown-code = Ingen person i det här mötet har den här koden. Kontrollera koden eller leta upp personen i listan.
badges-title = Namnbrickor
badges-hint = Skriv ut den här sidan på A4-papper (åtta namnbrickor per ark), klipp längs de streckade linjerna och sätt namnbrickorna i hållare. Med koden och QR-koden checkar du in personen.
badges-qr = QR-kod för incheckning:
participants-per-day = Närvarande per dag
participants-present = Närvarande
error-day-invalid = Inte en dag i det här mötet
error-person-invalid = Okänd person

## Underskriftslistor
sheet-title = Underskriftslistor
sheet-intro = Underlaget som finansiären kräver: per dag och per delegation allas namn, ort och land med en kolumn för underskrift. Skriv ut listan, låt personerna skriva under vid receptionen och spara den bland projektets handlingar.
sheet-blank = En tom lista för personer som kommer utan att ha anmält sig
sheet-download = Öppna listan (PDF)
sheet-walk-ins = Personer som kom utan att ha anmält sig
sheet-number = Nr
sheet-signature = Underskrift
sheet-footer = Underskriftslista
sheet-page = Sida { $n } av { $total }
error-sheet-invalid = Listan kan inte skapas för det här valet

## Anmäla sig själv via en delegations länk
join-title = Anmäl dig till delegationen från { $town }
join-intro = Din partnersamordnare har skickat den här länken till dig så att du kan anmäla dig till { $event }. Det enda som behövs är ditt namn, din e-postadress, din ort och ditt land; resten hjälper värdarna att planera din resa, ditt boende och dina måltider.
join-done-title = Tack för din anmälan
join-done = Du är anmäld. Vi har skickat ett e-postmeddelande till dig med länken till ditt eget program; med samma länk kan du se och radera dina uppgifter.
join-mail-subject = Anmäld: { $event }
join-mail-body =
    Hej { $name }!

    Du är anmäld till { $event }.

    Din egen sida, med ditt program och ett kalenderflöde, finns här (dela inte länken med någon annan):
    { $link }
join-links-title = Länkar för egen anmälan
join-links-intro = Dela en delegations länk med personerna i delegationen: de anmäler sig själva och hamnar direkt i den delegationen. En ny länk ersätter den gamla, som slutar fungera.
join-link-none = ingen länk ännu
join-link-renew = Ny länk
join-link-renewed = Den nya länken är klar; den gamla fungerar inte längre.
audit-join-link-renew = anmälningslänk förnyad
audit-people-join = person anmäld via länk

## Publiceringssidan
publication-title = { $event }: vad som hände
publication-here = Publicering för finansiären
publication-place = Plats
publication-participants = Deltagare
publication-invited = Inbjudna deltagare från partnerländer
publication-basis-registrations = enligt anmälningarna hittills
publication-basis-attendance = närvarande minst en dag
publication-per-country = Deltagare per land
publication-per-country-caption = Antalet deltagare från varje land
publication-no-participants = Inga deltagare är registrerade ännu.
publication-days = Dag för dag

## Stödberättigande och bidraget
elig-title = Stödberättigande och bidrag
elig-eligible = Projektet uppfyller alla regler i sin ansökningsomgång.
elig-not-eligible = Projektet uppfyller ännu inte alla regler.
elig-no-ruleset = Välj den ansökningsomgång som projektet finansieras genom, så ser du om det uppfyller reglerna.
elig-no-ruleset-choice = Inga regler från en finansiär
elig-version = regler per
elig-event-count = { $event } – personer: { $participants }, varav inbjudna: { $invited }, dagar: { $days } ({ $basis })
elig-basis-registrations = räknat på anmälningarna
elig-basis-attendance = räknat på närvaron
elig-grant = Bidraget
elig-grant-band = { $amount }: intervallet för { $from } till { $to } inbjudna deltagare
elig-grant-band-top = { $amount }: intervallet för { $from } eller fler inbjudna deltagare
elig-grant-overridden = { $amount }, enligt organisatörernas uppgift
elig-grant-none = Inget bidrag så länge någon regel inte är uppfylld.
elig-grant-calculator = Beloppet räknas fram med ansökningsomgångens officiella beräkningsverktyg: ange resultatet nedan.
elig-next-band = Ytterligare inbjudna deltagare: { $more } → { $amount }
elig-grant-unverified = Beloppen är ännu inte kontrollerade mot källan ({ $source }); bekräfta dem innan du förlitar dig på dem.
elig-rules = Reglerna
elig-rules-caption = Varje regel i ansökningsomgången, projektets eget värde och var regeln kommer ifrån
elig-rule = Regel
elig-result = Resultat
elig-required = Krav
elig-actual = Projektet
elig-source = Källa
elig-passed = uppfylld
elig-failed = inte uppfylld
elig-verified = kontrollerad mot källan
elig-unverified = ännu inte kontrollerad mot källan
elig-overridden = ändrat av organisatörerna
elig-settings = Ansökningsomgång och korrigeringar
elig-ruleset = Ansökningsomgångens regler
elig-call-year = Ansökningsomgångens år
elig-call-year-hint = Avgör vilka länder som deltar. Tomt: det år då projektet börjar.
elig-grant-override = Bidrag i euro (ersätter uppskattningen)
elig-grant-override-hint = Till exempel beloppet från ansökningsomgångens officiella beräkningsverktyg. Tomt: uppskattningen enligt reglerna.
elig-rule-overrides = Korrigerade värden
elig-rule-overrides-hint = Bara om den ansökningsomgång som du har sökt bidrag i anger något annat; lämna fältet tomt för att använda värdet som visas.
elig-saved = Sparat.
form-ruleset-unknown = Välj en av ansökningsomgångarna i listan.
form-elig-call-year-invalid = Ange ett år, till exempel 2018.
form-elig-amount-invalid = Ange ett belopp i hela euro.
form-elig-rule-invalid = Ange heltal för de korrigerade värdena.
audit-rules-choose = ansökningsomgång vald
audit-rules-override = regelvärden ändrade

## Slutrapporten
report-link = Slutrapport
report-title = Slutrapport: { $project }
report-pdf = Ladda ner rapporten med underskriftslistorna (PDF)
report-participation = Deltagande: { $event }
report-annexes = Bilagor
report-annex-publication = Publiceringssida för { $event }: { $url }
report-annex-programme = Program för { $event }: { $url }
report-annex-sheets = { $count ->
    [one] En underskriftslista bifogas den här rapporten.
   *[other] { $count } underskriftslistor bifogas den här rapporten.
}
report-page = Sida { $n }
participants-send-link = Skicka länken till personens eget program via e-post
participants-link-sent = Länken har skickats; en tidigare länk fungerar inte längre.
audit-person-send_link = personlig länk skickad
error-person-no-email = Personen har ingen e-postadress

## Nyheter och pressmeddelanden
news-title = Nyheter
news-none = Inga nyheter har publicerats ännu.
news-all = Alla nyheter
news-feed = Följ nyheterna i en flödesläsare (Atom)
news-manage-title = Nyheter och pressmeddelanden
news-manage-intro = Ta fram ett utkast till pressmeddelande utifrån ett mötes program och siffror, eller skriv en nyhet. Inläggen förblir utkast, som bara organisatörerna ser, tills du publicerar dem.
news-manage-caption = Nyheter, de senaste först
news-new = Skriv en nyhet
news-edit-intro = Skriv inlägget på varje språk som du vill publicera det på. Ett språk som lämnas tomt visas inte; läsarna ser då ett annat språk.
news-field-title = Rubrik
news-field-body = Text
news-body-hint = Oformaterad text. Lämna en tom rad mellan styckena.
news-slug-hint = Den sista delen av inläggets adress. Lämna tomt för att skapa den utifrån rubriken.
news-status = Status
news-public-page = Offentlig sida
news-draft = Utkast, inte offentligt
news-published-on = Publicerad { $date }
news-draft-press-release = Ta fram ett utkast till pressmeddelande för { $event }
news-drafted = Ett utkast till pressmeddelande har tagits fram utifrån mötets uppgifter. Kontrollera det, redigera det och publicera det.
news-saved = Inlägget har sparats.
news-published = Inlägget är publicerat.
news-unpublished = Inlägget är ett utkast igen och inte längre offentligt.
news-deleted = Inlägget har tagits bort.
news-publish = Publicera
news-unpublish = Gör till utkast igen
news-delete = Ta bort inlägget
error-news-not-found = Nyheten hittades inte
error-news-slug-taken = Ett annat inlägg har den här adressen
form-news-title-missing = Det här språket har en text men ingen rubrik.
form-news-slug-taken = Ett annat inlägg har redan den här adressen; välj en annan.
audit-news-create = nyhet skriven
audit-news-update = nyhet redigerad
audit-news-publish = nyhet publicerad
audit-news-unpublish = nyhet återställd till utkast
audit-news-delete = nyhet borttagen

## Utkastet till pressmeddelande: meningar utifrån mötets uppgifter
press-title = { $host } välkomnade partner från { $countries ->
    [one] ett annat land
   *[other] { $countries } länder
} till ”{ $event }”
press-lead = Den { $dates } var { $host } ({ $country }) värd för ”{ $event }”, ett möte inom projektet ”{ $project }”.
press-funding = Mötet finansierades genom programmet { $programme }.
press-delegations = Delegationer kom från { $towns }.
press-participants = { $total ->
    [one] En person deltog
   *[other] { $total } personer deltog
}, { $invited ->
    [one] varav en inbjuden deltagare från en partnerort i utlandet.
   *[other] varav { $invited } inbjudna deltagare från partnerorter i utlandet.
}
press-per-country = Deltagare per land: { $list }.
press-day = Dag { $number }, { $date }: { $items }.
press-signed = Den { $date } undertecknade { $a } och { $b }: { $kind }.
press-more = Programmet, antalet deltagare per land och en beskrivning av varje dag finns publicerade på { $url }

## Foton från ett möte
photos-title = Foton
photos-intro = Fotona visas på mötets publiceringssida, som finansiären kräver. Var och när ett foto togs, kameran och eventuella namn som sparats i filen tas bort vid uppladdningen.
photos-see-publication = Se publiceringssidan.
photos-none = Inga foton ännu.
photos-add = Lägg till ett foto
photos-edit = Redigera
photos-edit-title = Redigera fotot
photos-field-file = Foto (JPEG eller PNG)
photos-file-hint = Högst { $mib } MiB.
photos-field-alt = Vad fotot visar
photos-alt-hint = För personer som inte kan se fotot: beskriv det med en mening, till exempel ”Borgmästarna i Raška och Daugavpils undertecknar avsiktsförklaringen”.
photos-field-caption = Bildtext
photos-field-credit = Fotograf
photos-credit = Foto: { $name }
photos-field-consent = De personer som går att känna igen på fotot har gått med på att det publiceras.
photos-field-position = Placering
photos-position-hint = Fotona visas i den här ordningen, med 1 först.
photos-upload = Ladda upp fotot
photos-added = Fotot har lagts till.
photos-saved = Fotot har sparats.
photos-deleted = Fotot har tagits bort.
photos-delete = Ta bort fotot
error-photo-not-found = Fotot hittades inte
error-photo-too-large = Fotot är för stort
form-photo-empty = Välj ett foto.
form-photo-too-large = Fotot är för stort; högst 12 MiB.
form-photo-format = Endast foton i JPEG- och PNG-format kan laddas upp.
form-photo-dimensions = Fotots storlek i pixlar kan inte visas på den här sidan.
form-photo-unreadable = Filen kan inte läsas som ett foto.
form-photo-duplicate = Det här fotot finns redan på sidan.
form-photo-consent-required = Bekräfta att personerna på fotot har gått med på publiceringen.
form-photo-position-invalid = Ange ett heltal från 1 till 10 000.
audit-photo-add = foto tillagt
audit-photo-update = foto redigerat
audit-photo-delete = foto borttaget

## Sammanfattning av utvärderingen och rapportens nya delar
events-field-evaluation = Sammanfattning av utvärderingen
events-evaluation-hint = Vad deltagarna sa i utvärderingen, för slutrapporten. Lämna en tom rad mellan styckena.
report-evaluation = Utvärdering: { $event }
report-annex-photos = { $count ->
    [one] Ett foto från { $event }, på mötets publiceringssida.
   *[other] { $count } foton från { $event }, på mötets publiceringssida.
}
report-annex-news = Pressmeddelande eller nyhet ”{ $title }”: { $url }

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Någon har ändrat detta under tiden
error-412-help = Någon annan ändrade detta efter att du läste det. Läs det igen och gör sedan din ändring.
edit-changed-meanwhile = Någon annan sparade den här programpunkten medan du redigerade den
edit-changed-meanwhile-help = Ingenting har skrivits över. Nedan ser du vad som är sparat nu; din version finns kvar i formuläret. Jämför dem, rätta formuläret vid behov och spara igen för att behålla din version.
edit-saved-now = Sparat nu
edit-your-version = Din version finns i formuläret nedan.
partners-changed-meanwhile = Någon annan har ändrat rollen för { $town } under tiden: den är nu { $now }; du valde { $yours }. Välj igen om ditt val ska gälla.

# --- w-signin ---
form-password-weak = Lösenordet är för lätt att gissa. Några orelaterade, ovanliga ord ger ett starkt lösenord.
form-password-weak-common = Lösenordet är för lätt att gissa: det är, eller liknar, ett vanligt lösenord.
form-password-weak-pattern = Lösenordet är för lätt att gissa: tangentbordsmönster och följder som abc eller 6543 prövas först.
form-password-weak-repeat = Lösenordet är för lätt att gissa: upprepade tecken eller ord tillför lite.
form-password-weak-dates = Lösenordet är för lätt att gissa: datum och årtal prövas först.
form-password-weak-names = Lösenordet är för lätt att gissa: namn och din egen adress prövas först.
form-password-weak-word = Lösenordet är för lätt att gissa: ett enda ord räcker inte. Lägg till några orelaterade ord.
form-totp-code-wrong = Koden stämmer inte. Ange den aktuella koden från din autentiseringsapp eller en återställningskod.
form-totp-code-required = Ange koden från din autentiseringsapp.
form-totp-secret-invalid = Den här hemligheten kan inte användas. Ladda om sidan för att få en ny.
form-token-days-invalid = Välj hur många dagar token gäller: från 1 till 365.
error-signin-challenge-expired = Den här inloggningen har gått ut
error-page-invalid = Det här sidnumret kan inte användas
signin-wait = För många försök. Vänta { $seconds } s och försök sedan igen.
totp-signin-title = Andra steget: din kod
totp-signin-hint = Den sexsiffriga koden från din autentiseringsapp eller en av dina återställningskoder.
field-totp-code = Kod
totp-title = Tvåstegsinloggning
totp-on = Tvåstegsinloggning är på: inloggningen ber om en kod från din autentiseringsapp.
totp-off = Tvåstegsinloggning är av.
totp-manage = Hantera tvåstegsinloggning
totp-set-up = Ställ in tvåstegsinloggning
totp-enabled = Tvåstegsinloggning är på.
totp-disabled = Tvåstegsinloggning är av.
totp-recovery-once = Skriv ner de här återställningskoderna och förvara dem säkert. Var och en fungerar en gång om du tappar bort telefonen. De visas bara nu.
totp-codes-left = Återställningskoder kvar: { $count }
totp-disable = Stäng av tvåstegsinloggning
totp-required = Som instansens administratör behöver du tvåstegsinloggning innan du kan fortsätta.
totp-help = Lägg till kontot i en autentiseringsapp (till exempel FreeOTP, Aegis eller Google Authenticator): skanna QR-koden, öppna länken i telefonen eller skriv in nyckeln. Ange sedan koden som appen visar.
totp-qr-caption = QR-kod för din autentiseringsapp
totp-secret = Nyckel
totp-link = Länk
totp-link-open = Öppna i en autentiseringsapp
totp-confirm = Slå på
account-token-expired = Utgången
account-token-expires = Går ut
field-token-days = Gäller i
account-token-days = { $days } dagar
security-title = Säkerhetslogg
security-help = Inloggningar, misslyckade och fördröjda försök, tvåstegsinloggning, API-tokens, lösenords- och rolländringar, nyast först. Klienter visas bara som sitt nät.
security-page = Sida { $page }
security-empty = Inget har loggats ännu.
security-caption = Säkerhetshändelser, nyast först
security-account = Konto
security-client = Nät
security-pages = Säkerhetsloggens sidor
security-newer = Nyare
security-older = Äldre
security-signin-ok = loggade in
security-signin-fail = fel lösenord
security-signin-throttled = försök fördröjt
security-totp-enrol = tvåstegsinloggning påslagen
security-totp-disable = tvåstegsinloggning avstängd
security-totp-fail = fel kod
security-totp-throttled = kodförsök fördröjt
security-recovery-used = återställningskod använd
security-token-create = API-token skapad
security-token-use = API-token använd
security-token-revoke = API-token återkallad
security-password-change = lösenord ändrat
security-password-reset = lösenord återställt
security-reset-throttled = återställningsbegäran fördröjd
# --- w-lingers ---
photo-consent-yes = Foton: ja
photo-consent-no = Inga foton
photo-consent-not_asked = Foton: inte tillfrågad (inga foton)
photo-consent-choice-yes = Ja
photo-consent-choice-no = Nej
photo-consent-choice-not_asked = Inte tillfrågad ännu
consent-minor = Under 18 (minderårig)
consent-minor-short = Minderårig
consent-guardian-name = Förälderns eller vårdnadshavarens namn
consent-guardian-hint = Endast för minderåriga: den förälder eller vårdnadshavare som godkänner deltagandet.
consent-guardian-consent = Föräldern eller vårdnadshavaren godkänner att den minderåriga deltar och hur uppgifterna används
participants-photos = Foton
form-photo-consent-invalid = Välj ja, nej eller inte tillfrågad.
form-participant-guardian-required = En minderårig behöver en förälders eller vårdnadshavares namn.
form-participant-guardian-consent-required = En minderårig deltar bara med en förälders eller vårdnadshavares samtycke.
privacy-notice-title = Integritetsmeddelande
privacy-notice-default = { $project } drivs av sina arrangörer. De sparar det du anger här (ditt namn, din ort eller organisation, ditt land, dina kontaktuppgifter och det du berättar om resa, måltider och tillgänglighet) och ser det tillsammans med din delegations samordnare; det blir aldrig offentligt. Revisorer från { $funder } får granska namn, orter och närvaro för att kontrollera bidraget. Allt sparas till { $until }; därefter finns bara anonyma antal kvar. Med länken i ditt e-postmeddelande kan du när som helst se, ladda ner eller radera dina uppgifter.
privacy-notice-default-no-date = { $project } drivs av sina arrangörer. De sparar det du anger här (ditt namn, din ort eller organisation, ditt land, dina kontaktuppgifter och det du berättar om resa, måltider och tillgänglighet) och ser det tillsammans med din delegations samordnare; det blir aldrig offentligt. Revisorer från { $funder } får granska namn, orter och närvaro för att kontrollera bidraget. Allt sparas till det datum arrangörerna bestämmer; därefter finns bara anonyma antal kvar. Med länken i ditt e-postmeddelande kan du när som helst se, ladda ner eller radera dina uppgifter.
privacy-notice-funder-unknown = bidragsgivaren
privacy-edit-title = Integritetsmeddelande
privacy-edit-intro = Vem som sparar vad, hur länge och vem som får granska det. Meddelandet visas överallt där projektet samlar in personuppgifter: vid anmälan, när någon går med i en delegation, i personformulären och på de personliga sidorna. Skriv det på varje språk du behöver; ett tomt språk visar standardtexten.
privacy-edit-default = Lämnas det tomt visas detta meddelande: { $text }
privacy-edit-saved = Integritetsmeddelandet sparades.
my-photos = Foton
my-photos-saved = Ditt svar om foton sparades.
participants-erase = Radera personuppgifterna (på personens begäran)
participants-erased = Personens uppgifter har raderats; om personen deltog sparas namn och ort för bidragsgivarens granskning till lagringsdatumet.
participants-erased-kept = raderad, sparad för granskning
# --- w-forms ---
form-date-out-of-range = Datumet måste ligga mellan åren 1900 och 2200.
form-item-outside-event = Programpunkten ligger utanför mötets dagar (en dag före eller efter är tillåten för ankomst och avresa).
form-event-too-long = Ett möte varar högst 366 dagar.
error-date-out-of-range = Datum utanför åren 1900–2200
error-item-outside-event = Programpunkt utanför mötets dagar
error-event-too-long = Mötet är för långt
error-rate-limited = För många förfrågningar
error-429-help = Många förfrågningar kom från din anslutning på kort tid. Vänta en minut och försök igen.
registration-done-already = Du är redan anmäld till den här programpunkten, så vi har inte skickat något nytt e-postmeddelande: det du fick tidigare innehåller din personliga länk.
form-honeypot-label = Lämna det här fältet tomt: det finns här för att fånga automatiska inskick.
registration-status-pending = Väntar på din bekräftelse via e-post
registration-done-pending = Nästan klart: vi har skickat ett e-postmeddelande med en länk till dig. Din plats räknas när du öppnar den inom { $hours } timmar.
registration-mail-pending =
    Hej { $name },

    bekräfta din anmälan till:

    { $item }

    Din plats räknas först när du öppnar den här länken och trycker på knappen (den gäller till { $until }):
    { $confirm }

    Om du inte har anmält dig kan du bortse från detta meddelande: anmälan upphör av sig själv. Din personliga sida finns här (behåll länken för dig själv):
    { $link }
confirm-title = Bekräfta din anmälan
confirm-intro = Tryck på knappen för att bekräfta din anmälan. Från och med då räknas din plats.
confirm-submit = Bekräfta min anmälan
confirm-done = Tack: din anmälan är bekräftad och du har en plats.
error-registration-confirmation-expired = Bekräftelselänken har gått ut; anmäl dig igen
registration-settings-save = Spara
registration-settings-confirm = Räkna en offentlig anmälan först när personen bekräftar den via länken i sitt e-postmeddelande
registration-settings-hint = Det hindrar skript från att fylla platser med påhittade adresser. Obekräftade anmälningar tar ingen plats och upphör efter 48 timmar.
registration-settings-saved = Sparat: hur anmälningar tas emot.
# --- w-uploads ---
error-request-too-large-limit = Högst { $mib } MiB kan skickas till den här adressen.
error-sheet-file-too-large = Filen är för stor
error-sheet-file-too-large-limit = En lista får vara högst { $limit } MiB.
error-sheet-uncompressed-too-large = Arbetsboken innehåller för mycket data när den packas upp
error-sheet-uncompressed-too-large-limit = Uppackad får en arbetsbok innehålla högst { $limit } MiB.
error-sheet-compression-ratio = Arbetsboken är misstänkt hårt packad
error-sheet-compression-ratio-limit = En del av en arbetsbok får bli högst { $limit } gånger större uppackad än packad.
error-sheet-too-many-parts = Arbetsboken har för många delar
error-sheet-too-many-parts-limit = En arbetsbok får ha högst { $limit } delar.
error-sheet-too-many-rows = Listan har för många rader
error-sheet-too-many-rows-limit = En lista får ha högst { $limit } rader, rubrikraden inräknad. Dela upp den i flera filer.
error-sheet-too-many-columns = Listan har för många kolumner
error-sheet-too-many-columns-limit = En lista får ha högst { $limit } kolumner.
error-sheet-too-many-cells = Listan har för många celler
error-sheet-too-many-cells-limit = En lista får ha högst { $limit } celler.
error-sheet-cell-too-long = En cell är för lång
error-sheet-cell-too-long-limit = En cell får innehålla högst { $limit } tecken.
error-sheet-markup-too-long = Arbetsboken innehåller ett datablock som är för långt för att vara en cell
error-sheet-markup-too-long-limit = Mellan två markeringar får en arbetsbok innehålla högst { $limit } byte.
error-sheet-too-slow = Det tog för lång tid att läsa listan
error-sheet-too-slow-limit = En lista måste kunna läsas inom { $limit } sekunder.
error-xliff-too-large = Filen är för stor
error-xliff-too-large-limit = En XLIFF-fil får vara högst { $mib } MiB.
error-xliff-doctype = Filen innehåller en DOCTYPE-deklaration, som XLIFF-filer inte behöver; ta bort den och ladda upp igen
error-xliff-too-deep = Filen nästlar sina element för djupt
error-xliff-too-deep-limit = Element får nästlas högst { $limit } nivåer djupt.
error-xliff-too-many-units = Filen innehåller för många texter
error-xliff-too-many-units-limit = En XLIFF-fil får innehålla högst { $limit } texter.
form-photo-truncated = Filen tar slut innan bilden gör det; den har klippts av. Ladda upp hela fotot.
form-photo-no-image-data = Filen innehåller ingen bild.
form-photo-too-many-pixels = Fotot har för många pixlar: högst 40 megapixlar och 16 000 pixlar per sida.
form-photo-polyglot = Filen innehåller ett annat dokument efter bilden; ladda upp bara fotot.
# --- w-heavy ---
error-server-busy = Förbereds
error-server-busy-help = Servern förbereder andra dokument just nu. Sidan frågar igen av sig själv om { $seconds } sekunder; du behöver inte göra något.
