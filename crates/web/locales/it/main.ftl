## Struttura del sito
site-name = Twinning
language-name = Italiano
og-locale = it_IT
skip-to-content = Vai al contenuto
language-switcher = Lingua
breadcrumbs = Ti trovi in
footer-about = Twinning — software open source per i progetti di gemellaggio tra città.
footer-api = Dati aperti: l'API e la sua descrizione

## Errori
error-field = Il problema riguarda:
error-home-link = Vai alla pagina iniziale
error-400-help = C'è qualcosa che non va nell'indirizzo. Controllalo e riprova.
error-404-help = A questo indirizzo non c'è nulla. Forse è stato digitato male, oppure la pagina è stata spostata.
error-405-help = Questo indirizzo non può essere usato in questo modo.
error-500-help = Si è verificato un errore da parte nostra. L'errore è stato registrato; riprova più tardi.
error-503-help = Al momento il servizio non riesce a raggiungere il proprio database. Riprova tra qualche minuto.
error-route-not-found = Pagina non trovata
error-route-method-not-allowed = Operazione non consentita
error-project-not-found = Progetto non trovato
error-event-not-found = Incontro non trovato
error-item-not-found = Appuntamento non trovato
error-town-not-found = Città non trovata
error-venue-not-found = Luogo non trovato
error-query-lang-invalid = Lingua sconosciuta
error-query-lang-repeated = Lingua indicata due volte
error-request-too-large = Troppi dati
error-request-timeout = Tempo di attesa scaduto
error-408-help = La preparazione della risposta ha richiesto troppo tempo. Riprova.
error-413-help = I dati inviati superano la dimensione accettata da questo indirizzo.
error-server-error = Errore del server
error-server-database-unavailable = Temporaneamente non disponibile

## Pagina iniziale
home-title = Progetti di gemellaggio tra città
home-intro = Le città partner, i loro incontri e programmi e le persone che le uniscono.
home-projects = Progetti
home-no-projects = Non è ancora stato pubblicato alcun progetto.

## Progetti
project-period = Periodo
project-status = Stato
project-lead = Partner capofila
project-all-partners = Tutti i partner
project-events = Incontri
project-twinnings = Accordi tra le città partner
funding-programme = Programma di finanziamento
funding-strand = Componente
funding-measure = Misura
status-planned = Previsto
status-running = In corso
status-completed = Concluso
status-cancelled = Annullato
partner-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partner
} da { $countries ->
    [one] { $countries } paese
   *[other] { $countries } paesi
}
role-lead = Partner capofila
role-partner = Partner
role-associated = Partner associato

## Partner
partners-title = Partner
partners-caption = Le città partner del progetto e i loro ruoli
partners-town = Città
partners-country = Paese
partners-role = Ruolo
partners-organisation = Per conto della città
illustrative-badge = A titolo illustrativo:
illustrative-mark = indicativo
illustrative-time-title = L'orario è indicativo: la fonte riporta solo il giorno.

## Gemellaggi
twinning-twin = Gemellaggio
twinning-partnership = Partenariato
twinning-friendship = Patto di amicizia
twinning-memorandum_of_cooperation = Protocollo di cooperazione
twinning-between = { $kind }: { $a } e { $b }
twinning-between-since = { $kind }: { $a } e { $b }, { $since }
twinning-since = dal { $date }
twinning-signed-at = firmato durante l'incontro
twinning-document = documento

## Incontri
event-dates = Date
event-host = Città ospitante
event-zone = Fuso orario
event-days = Giorno per giorno
event-venues = Luoghi
event-see-programme = Vedi il programma

## Programma
programme-title = Programma
programme-description = Il programma giorno per giorno di { $event }.
programme-ics = Aggiungi al calendario (.ics)
programme-days-nav = Giorni
programme-day-empty = Per questo giorno non è ancora previsto nulla.
programme-day-number = Giorno { $number }
programme-item-count = { $count ->
    [one] { $count } appuntamento
   *[other] { $count } appuntamenti
}
item-capacity = { $count ->
    [one] { $count } posto
   *[other] { $count } posti
}
item-when = Quando
item-where = Dove
item-audience = Aperto a
item-hosts = Organizzatori e relatori
item-languages = Lingue
item-event = Fa parte di
audience-delegates = Delegazioni
audience-public = Aperto al pubblico

kind-arrival = Arrivo
kind-sightseeing = Visita della città
kind-official_meeting = Incontro ufficiale
kind-presentation = Presentazione
kind-signing = Firma
kind-conference = Conferenza
kind-lecture = Lezione
kind-debate = Dibattito
kind-group_work = Lavoro di gruppo
kind-workshop = Laboratorio
kind-cultural_evening = Serata culturale
kind-meal = Pasto
kind-excursion = Escursione
kind-visit = Visita
kind-ceremony = Cerimonia
kind-evaluation = Valutazione
kind-departure = Partenza
kind-free_time = Tempo libero

## Città e luoghi
town-description = { $town }, { $country }: gemellaggi e progetti.
town-country = Paese
town-region = Regione
town-population = Abitanti
town-location = Posizione
town-website = Sito web
town-twinnings = Gemellaggi e accordi
town-no-twinnings = Per questa città non risultano gemellaggi.
town-projects = Progetti
town-no-projects = Questa città non partecipa ancora ad alcun progetto presente qui.
town-organisations = Enti che operano per conto della città
venue-map = mappa
venue-address = Indirizzo
venue-town = Città
venue-coordinates = Coordinate
venue-accessibility = Accessibilità
venue-held-here = Si svolgono qui
venue-nothing-held = Qui non è previsto nulla.

## Date (giorno, mese e anno sono numeri; mese e giorno della settimana sono i nomi qui sotto)
date-day-heading = { $weekday } { $day ->
        [1] 1º
       *[other] { $day }
    } { $month }
date-long = { $day ->
        [1] 1º
       *[other] { $day }
    } { $month } { $year }
date-range-month = { $start }–{ $end } { $month } { $year }
date-range = { $start } – { $end }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
weekday-1 = lunedì
weekday-2 = martedì
weekday-3 = mercoledì
weekday-4 = giovedì
weekday-5 = venerdì
weekday-6 = sabato
weekday-7 = domenica

## Lingue (degli appuntamenti in programma)
lang-en = inglese
lang-lv = lettone
lang-ltg = latgalico
lang-lt = lituano
lang-pl = polacco
lang-de = tedesco
lang-sv = svedese
lang-sr = serbo
lang-sr-Cyrl = serbo (alfabeto cirillico)
lang-sr-Latn = serbo (alfabeto latino)
lang-it = italiano
lang-ru = russo
lang-fr = francese
lang-es = spagnolo

## Paesi
country-AL = Albania
country-AT = Austria
country-BA = Bosnia ed Erzegovina
country-BE = Belgio
country-BG = Bulgaria
country-BY = Bielorussia
country-CH = Svizzera
country-CY = Cipro
country-CZ = Cechia
country-DE = Germania
country-DK = Danimarca
country-EE = Estonia
country-ES = Spagna
country-FI = Finlandia
country-FR = Francia
country-GB = Regno Unito
country-GR = Grecia
country-HR = Croazia
country-HU = Ungheria
country-IE = Irlanda
country-IS = Islanda
country-IT = Italia
country-LI = Liechtenstein
country-LT = Lituania
country-LU = Lussemburgo
country-LV = Lettonia
country-MD = Moldova
country-ME = Montenegro
country-MK = Macedonia del Nord
country-MT = Malta
country-NL = Paesi Bassi
country-NO = Norvegia
country-PL = Polonia
country-PT = Portogallo
country-RO = Romania
country-RS = Serbia
country-SE = Svezia
country-SI = Slovenia
country-SK = Slovacchia
country-TR = Turchia
country-UA = Ucraina
country-XK = Kosovo

## Accesso e pagina dell'account
signin-title = Accedi
signin-submit = Accedi
signin-forgot = Hai dimenticato la password?
signin-too-many = Troppi tentativi non riusciti. Per la sicurezza del tuo account, attendi { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
} e riprova.
signout-submit = Esci
field-email = Indirizzo e-mail
field-password = Password
field-name = Nome
field-current-password = Password attuale
field-new-password = Nuova password
field-token-name = A cosa serve il token
password-hint = Almeno 10 caratteri. Alcune parole senza legame tra loro formano una password robusta e facile da ricordare.
form-error-summary = Correggi quanto segue
form-email-invalid = Inserisci un indirizzo e-mail come nome@example.org.
form-password-required = Inserisci la password.
form-signin-wrong = L'indirizzo e-mail o la password non sono corretti.
form-password-current-wrong = La password attuale non è corretta.
form-password-too-short = La password deve contenere almeno 10 caratteri.
form-password-too-long = La password può contenere al massimo 1024 caratteri.
form-token-name-invalid = Indica in poche parole a cosa serve il token (massimo 120 caratteri).
form-name-invalid = Inserisci un nome di massimo 120 caratteri.
account-title = Il tuo account
account-roles = I tuoi progetti
account-no-roles = Non hai ancora un ruolo in alcun progetto. Un organizzatore può invitarti.
account-password = Cambia la password
account-password-submit = Cambia password
account-password-changed = La password è stata cambiata. Tutte le altre sessioni sono state chiuse.
account-sessions = Dove hai effettuato l'accesso
account-sessions-caption = Le tue sessioni, in ordine di ultimo utilizzo
account-device = Browser o dispositivo
account-last-seen = Ultimo utilizzo
account-actions = Azioni
account-this-session = Questa sessione
account-end-session = Chiudi la sessione
account-session-ended = La sessione è stata chiusa.
account-unknown-device = Browser sconosciuto
account-tokens = Token API
account-tokens-help = Un token permette a uno script di usare l'API con i tuoi permessi. Tienilo segreto e revocalo quando non serve più.
account-tokens-caption = I tuoi token API
account-token-create = Crea un token
account-token-created = Il nuovo token è pronto.
account-token-once = Copialo subito: non verrà più mostrato.
account-token-revoked = Il token è stato revocato.
account-created = Creato
account-last-used = Ultimo utilizzo
account-never-used = mai
account-revoked = revocato
account-revoke = Revoca
member-role-organiser = Organizzatore
member-role-coordinator = Coordinatore della città partner
member-role-participant = Partecipante
admin-title = Amministrazione dell'istanza
error-session-not-found = Sessione non trovata
error-token-not-found = Token non trovato
error-request-cross-site = Richiesta rifiutata
error-403-help = La richiesta è stata rifiutata. Se hai seguito un link da un altro sito web, apri direttamente questo sito e riprova.
error-form-invalid = Impossibile leggere il modulo

## Area di gestione: progetti, persone, inviti, registro delle attività, amministrazione
manage-title = Area di gestione
manage-your-role = Il tuo ruolo:
manage-public-page = La pagina pubblica del progetto
field-role = Ruolo
field-town = Città partner
people-title = Persone e ruoli
people-caption = Tutte le persone con un ruolo in questo progetto
people-change-role = Modifica
people-revoke = Rimuovi dal progetto
people-invite = Invita una persona
people-invite-help = La persona invitata riceve un'e-mail con un link valido 14 giorni e utilizzabile una sola volta. Con il link può creare un account o usare quello che ha già.
people-town-hint = Per i coordinatori delle città partner: la città di cui registrano la delegazione.
people-invite-submit = Invia l'invito
people-invited = L'invito è stato inviato.
people-role-changed = Il ruolo è stato modificato.
people-revoked = La persona non ha più un ruolo in questo progetto.
form-role-invalid = Scegli un ruolo.
form-role-town-required = Un coordinatore opera per conto di una sola città partner: indicala.
form-invitation-account-exists = Esiste già un account con questo indirizzo. Accedi prima, poi apri di nuovo l'invito.
form-account-unknown = Non esiste alcun account con questo indirizzo.
form-project-unknown = Scegli un progetto.
audit-title = Registro delle attività
audit-empty = Non è stato ancora modificato nulla.
audit-caption = Chi ha modificato cosa, a partire dalle modifiche più recenti
audit-when = Quando
audit-who = Chi
audit-what = Cosa
audit-target = Oggetto
audit-system = il sistema
audit-account-create = account creato
audit-account-create_admin = amministratore creato
audit-account-password_change = password cambiata
audit-account-password_reset = password reimpostata
audit-role-set = ruolo assegnato
audit-role-revoke = ruolo rimosso
audit-invitation-create = invito inviato
audit-invitation-accept = invito accettato
audit-token-create = token API creato
audit-token-revoke = token API revocato
invitation-title = Invito
invitation-project = Progetto
invitation-expires = Scadenza
invitation-signed-in-as = Hai effettuato l'accesso come
invitation-accept = Accetta l'invito
invitation-new-account = Crea il tuo account
invitation-create-and-accept = Crea l'account e accetta
invitation-have-account = Hai già un account?
admin-accounts = Account
admin-accounts-caption = Tutti gli account di questa istanza
admin-grant = Nomina un organizzatore
admin-grant-submit = Nomina organizzatore
admin-organiser-granted = L'account è ora organizzatore del progetto.
admin-mail = Posta in uscita
admin-mail-empty = Non è stata ancora inviata alcuna e-mail.
admin-mail-caption = I messaggi più recenti, dal più nuovo
admin-mail-to = Destinatario
admin-mail-subject = Oggetto
admin-mail-status = Stato
admin-mail-sent = inviato alle
admin-mail-waiting = { $attempts ->
    [0] in attesa
    [one] in attesa, { $attempts } tentativo non riuscito
   *[other] in attesa, { $attempts } tentativi non riusciti
}
error-auth-forbidden = Non consentito
error-409-help = Questa modifica porterebbe a una situazione non consentita.
error-member-not-found = Persona non trovata in questo progetto
error-invitation-invalid = Questo invito non può essere usato
error-mail-not-found = Messaggio non trovato
error-role-last-organiser = Un progetto deve avere un organizzatore
mail-invitation-subject = Invito: { $project }
mail-invitation-body =
    Buongiorno,

    { $inviter } ti invita a partecipare al progetto «{ $project }» su Twinning con questo ruolo: { $role }.

    Per accettare, apri questo link (si può usare una sola volta; scadenza: { $date }):
    { $link }

    Se non ti aspettavi questo invito, puoi ignorare questo messaggio.

## Reimpostazione della password
reset-title = Reimposta la password
reset-help = Inserisci l'indirizzo e-mail del tuo account. Ti invieremo un link per scegliere una nuova password.
reset-submit = Invia il link
reset-sent = Se esiste un account con questo indirizzo, è in arrivo un link per scegliere una nuova password. Si può usare una sola volta, entro un'ora.
reset-new-title = Scegli una nuova password
reset-new-submit = Salva la nuova password
reset-done = La password è stata cambiata. Accedi con la nuova password.
error-reset-invalid = Questo link non può essere usato
admin-mail-retry = Riprova ora
mail-reset-subject = Reimposta la tua password di Twinning
mail-reset-body =
    Buongiorno { $name },

    qualcuno ha chiesto di reimpostare la password del tuo account Twinning. Per scegliere una nuova password, apri questo link entro { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } (si può usare una sola volta):
    { $link }

    Se la richiesta non è partita da te, ignora questo messaggio: la tua password resta invariata.

## Traduzione dei contenuti del progetto
translations-title = Traduzioni
translations-help = Quanta parte dei contenuti del progetto esiste in ciascuna delle sue lingue. Se un testo manca, le pagine lo mostrano nella lingua principale del progetto o, in mancanza, in inglese, segnalandolo.
translations-caption = Campi con un testo, per tipo di contenuto e lingua
translations-what = Contenuto
translations-all = Tutti i contenuti
translations-cell = { $done } / { $total }
translations-files = File per i traduttori
translations-files-help = Scarica i testi in un file XLIFF, che gli strumenti di traduzione sanno aprire; carica il file tradotto per importare i testi. Vedrai che cosa è cambiato.
translations-download-missing = Scarica i testi mancanti (XLIFF)
translations-download-all = Scarica tutto
translations-upload = File XLIFF tradotto
translations-upload-submit = Carica e applica
translations-add-language = Aggiungi una lingua
translations-language-code = Codice della lingua
translations-language-code-hint = Per esempio de, sv, sr-Latn o it.
translations-add-language-submit = Aggiungi la lingua
translations-language-added = La lingua è stata aggiunta al progetto.
translations-editor-help = Ogni campo mostra il proprio testo nella lingua principale del progetto; scrivi la traduzione subito sotto. Se svuoti un campo, la sua traduzione viene rimossa.
translations-save = Salva le traduzioni
translations-changed = Che cosa è cambiato
translations-removed = Traduzioni rimosse:
translations-report = { $changed ->
    [one] { $changed } testo modificato
   *[other] { $changed } testi modificati
}, rimossi: { $removed }, invariati: { $unchanged }, rifiutati: { $rejected }.
translations-unknown-field = { $id }: questo campo non esiste in questo progetto.
translations-group-project = Progetto
translations-group-partner = Partner
translations-group-event = Incontro
translations-group-item = Appuntamento
translations-group-venue = Luogo
translations-group-town = Città
translations-group-organisation = Ente
translations-group-twinning = Accordo tra città
translations-field-title = titolo
translations-field-aims = obiettivi
translations-field-programme = programma di finanziamento
translations-field-strand = componente
translations-field-measure = misura
translations-field-label = testo del link
translations-field-illustrative = nota sui dati a titolo illustrativo
translations-field-description = descrizione
translations-field-hosts = organizzatori e relatori
translations-field-name = nome
translations-field-accessibility = accessibilità
translations-field-region = regione
form-text-too-long = Il testo è troppo lungo.
form-text-required = Questo testo è necessario in almeno una lingua.
form-text-control-character = Il testo contiene un carattere di controllo invisibile: rimuovilo.
error-language-not-in-project = Questa lingua non è tra le lingue del progetto
error-xliff-malformed = Il file non è un file XLIFF leggibile
error-xliff-wrong-language = Il file è per un'altra lingua
error-xliff-empty = Il file non contiene testi
error-xliff-upload = Impossibile ricevere il file
error-lang-invalid = Non è un codice di lingua
error-422-help = Non è stato possibile usare i dati. Torna indietro, controllali e riprova.

## Controlli del programma
checks-title = Controlli del programma
checks-intro = Ciò che un organizzatore esperto ricontrolla prima di pubblicare. Sono avvisi, non errori: il programma si può pubblicare comunque.
checks-none = Nessun avviso: il programma risulta coerente.
checks-count = { $count ->
    [one] { $count } avviso
   *[other] { $count } avvisi
}
check-outside-event = «{ $item }» cade in un giorno che non rientra nelle date dell'incontro.
check-venue-double-booked = «{ $first }» e «{ $second }» usano contemporaneamente lo stesso luogo: { $venue }.
check-delegates-overlap = «{ $first }» e «{ $second }» sono entrambi rivolti a tutte le delegazioni e si sovrappongono.
check-too-little-travel = Da «{ $first }» a «{ $second }» ci sono { $km } km { $mode }: { $needed ->
    [one] serve circa { $needed } minuto
   *[other] servono circa { $needed } minuti
}, ma tra i due appuntamenti { $available ->
    [one] c'è solo { $available } minuto
   *[other] ci sono solo { $available } minuti
}.
check-public-without-capacity = «{ $item }» è aperto al pubblico ma non ha un numero di posti, quindi non è possibile limitare le iscrizioni.
check-mode-walk = a piedi
check-mode-coach = in pullman

programme-last-changed = Ultima modifica: { $date }

## Modifica del programma
manage-programme-for = Programma: { $event }
items-new = Aggiungi un appuntamento
items-saved = L'appuntamento è stato salvato.
items-deleted = L'appuntamento è stato eliminato.
items-field-slug = Nome breve per l'indirizzo
items-slug-hint = Lettere minuscole, cifre e trattini, per esempio visita-fortezza. Non si potrà modificare in seguito.
items-field-title = Titolo
items-when = Quando
items-field-starts = Inizio
items-field-ends = Fine
items-field-kind = Tipo
items-field-capacity = Posti
items-capacity-hint = Lascia vuoto se non c'è un limite. Gli appuntamenti aperti al pubblico dovrebbero averne uno.
items-field-venues = Luoghi
items-field-description = Descrizione
items-languages-hint = Codici di lingua separati da virgole, per esempio lv, en.
items-save = Salva
items-duplicate = Duplica
items-delete = Elimina
items-public-page = La pagina pubblica dell'appuntamento
form-slug-invalid = Usa da 1 a 64 lettere minuscole, cifre e trattini singoli.
form-item-slug-taken = Un altro appuntamento di questo incontro ha già questo nome breve.
form-time-invalid = Inserisci una data e un orario.
form-time-nonexistent = Questo orario non esiste nel fuso orario dell'incontro (gli orologi lo saltano).
form-item-ends-before-start = L'appuntamento deve finire dopo il suo inizio.
form-kind-invalid = Scegli un tipo.
form-audience-invalid = Scegli a chi è rivolto l'appuntamento.
form-capacity-invalid = Inserisci un numero intero di posti, almeno 1, oppure lascia vuoto il campo.
form-lang-invalid = Usa codici di lingua come lv, en o sr-Latn.
form-venue-unknown = Scegli i luoghi dall'elenco.
form-item-capacity-zero = I posti devono essere almeno 1; lascia vuoto il campo se non c'è un limite.

## Pubblicazione del programma
programme-changes = Aggiunti: { $added }, modificati: { $changed }, rimossi: { $removed }
publish-never = Bozza: il pubblico non vede alcun programma finché non lo pubblichi.
publish-up-to-date = Pubblicato come versione { $version }; il pubblico vede esattamente questo.
publish-pending = { $count ->
    [one] { $count } modifica successiva alla versione { $version } non è ancora pubblica.
   *[other] { $count } modifiche successive alla versione { $version } non sono ancora pubbliche.
}
publish-submit = Pubblica il programma
publish-done = Il programma è stato pubblicato. La pagina pubblica e i calendari lo mostrano già.
publish-nothing = Niente da pubblicare: il pubblico vede già questo programma.
audit-programme-publish = programma pubblicato
audit-item-create = appuntamento aggiunto
audit-item-update = appuntamento modificato
audit-item-duplicate = appuntamento duplicato
audit-item-delete = appuntamento eliminato
audit-translation-update = traduzioni modificate
audit-project-language_add = lingua aggiunta

## Clonazione di un incontro
events-clone = Clona questo incontro
events-clone-help = Copia il suo programma come punto di partenza per il prossimo incontro: ogni appuntamento si sposta insieme al nuovo primo giorno. La copia resta una bozza finché non la pubblichi.
events-clone-slug = Nome breve del nuovo incontro
events-clone-start = Primo giorno del nuovo incontro
events-clone-submit = Clona
events-cloned = L'incontro è stato clonato. Il suo programma resta una bozza finché non lo pubblichi.
form-event-slug-taken = Il progetto ha già un incontro con questo nome breve.
form-date-invalid = Inserisci una data.
audit-event-clone = incontro clonato

## Avvio di un progetto (area di gestione)
setup-new-title = Avvia un progetto
setup-new-intro = Un progetto è un'iniziativa di gemellaggio: le sue città partner, i suoi incontri e i relativi programmi. Ne sarai il primo organizzatore e la tua città ne sarà il partner capofila. Tutto si potrà modificare in seguito.
setup-create = Avvia il progetto
setup-created = Il progetto è stato avviato. Ora aggiungi le città partner, i luoghi e il primo incontro.
setup-saved = I dati del progetto sono stati salvati.
setup-settings-title = Dati del progetto
setup-settings-intro = I testi si inseriscono nella lingua principale del progetto; le pagine di traduzione li riportano nelle altre lingue.
setup-field-slug = Nome breve per l'indirizzo
setup-slug-hint = Lettere minuscole, cifre e trattini, per esempio unity-in-diversity. Compare in ogni indirizzo del progetto e non si potrà modificare in seguito.
setup-field-acronym = Acronimo
setup-acronym-hint = Come il finanziatore conosce il progetto, per esempio TTChan (massimo 40 caratteri).
setup-field-aims = Obiettivi
setup-field-lead-town = Città del partner capofila
setup-lead-town-hint = La tua città. Se non è nell'elenco, lascia «Non presente nell'elenco» e indica qui sotto il nome e il paese.
setup-town-not-listed = Non presente nell'elenco
setup-field-town-name = Nome della città nella lingua locale
setup-town-name-hint = Come lo scrive la città stessa, per esempio Daugavpils o Raška. Serve solo per una città non presente nell'elenco.
setup-field-default-lang = Lingua principale
setup-default-lang-hint = La lingua in cui scrivono gli organizzatori, indicata con un codice come lv, en o sr-Latn.
setup-field-languages = Lingue del progetto
setup-field-period-start = Inizio del progetto
setup-field-period-end = Fine del progetto
setup-field-funding-programme = Programma di finanziamento
setup-funding-hint = Per esempio Europa per i cittadini. Lascia vuoto se il progetto non ha un finanziatore.
setup-field-funding-strand = Componente
setup-field-funding-measure = Misura
setup-field-links = Link
setup-links-hint = Uno per riga: il testo del link, una barra verticale e poi l'indirizzo, per esempio Sito web del progetto | https://example.org

## Partner (area di gestione)
partners-manage-title = Città partner
partners-manage-caption = Le città che partecipano e i loro ruoli
partners-actions = Azioni
partners-change-role = Modifica il ruolo
partners-remove = Rimuovi
partners-add = Aggiungi una città partner
partners-add-intro = Scegli una città già presente nel sito oppure indica il nome e il paese di una nuova città. Se indichi un nuovo partner capofila, quello attuale diventa un partner ordinario.
partners-added = La città partner è stata aggiunta.
partners-saved = Il ruolo del partner è stato modificato.
partners-removed = La città partner è stata rimossa dal progetto.

## Luoghi (area di gestione)
venues-manage-title = Luoghi
venues-manage-caption = I luoghi del progetto, per città
venues-new = Aggiungi un luogo
venues-none-yet = Non ci sono ancora luoghi.
venues-saved = Il luogo è stato salvato.
venues-slug-hint = Lettere minuscole, cifre e trattini, per esempio daugavpils-fortress. Non si potrà modificare in seguito.
venues-new-town-hint = Solo per una città non presente nell'elenco, come una tappa di un'escursione.
venues-coordinates-hint = Latitudine e longitudine, per esempio 55.8714, 26.5161, oppure l'indirizzo di una mappa centrata sul luogo.
venues-map-intro = Per scegliere il luogo su una mappa: apri la mappa, centrala sul luogo, copia l'indirizzo dalla barra degli indirizzi del browser e incollalo nel campo delle coordinate.
venues-open-map = Apri la mappa (OpenStreetMap)
venues-accessibility-hint = Accesso senza gradini, ascensori, servizi igienici accessibili, anelli a induzione magnetica: ciò che un visitatore deve sapere.
venues-public-page = La pagina pubblica del luogo

## Incontri (area di gestione)
events-new = Aggiungi un incontro
events-none-yet = Non ci sono ancora incontri.
events-settings = Dati dell'incontro
events-programme = Il programma dell'incontro
events-saved = I dati dell'incontro sono stati salvati.
events-delete = Elimina l'incontro
events-deleted = L'incontro è stato eliminato.
events-slug-hint = Lettere minuscole, cifre e trattini, per esempio daugavpils-2018. Non si potrà modificare in seguito.
events-field-start = Primo giorno
events-field-end = Ultimo giorno
events-field-zone = Fuso orario
events-zone-hint = Il luogo in cui si svolge l'incontro, indicato con un nome IANA come Europe/Riga. Tutti gli orari del programma si riferiscono a questo fuso orario.

## Chi può avviare progetti (amministrazione)
admin-starter = Può avviare progetti
admin-starter-yes = Sì
admin-starter-allow = Consenti
admin-starter-revoke = Revoca
admin-starter-saved = Il diritto dell'account di avviare progetti è stato modificato.

## Messaggi dei moduli per l'avvio di un progetto
form-choose = Scegli…
form-slug-reserved = Questa parola è già il nome di una pagina del sito; scegline un'altra.
form-slug-duplicate = Questo nome breve è usato due volte.
form-coordinates-invalid = La latitudine è compresa tra -90 e 90, la longitudine tra -180 e 180.
form-coordinates-unreadable = Inserisci latitudine e longitudine in gradi decimali, come 55.8714, 26.5161, oppure incolla l'indirizzo di una mappa centrata sul luogo.
form-country-invalid = Scegli un paese.
form-event-ends-before-start = L'ultimo giorno dell'incontro non può precedere il primo.
form-event-outside-project = L'incontro deve rientrare nel periodo del progetto.
form-funding-programme-required = Indica il programma di finanziamento, oppure lascia vuoti anche componente e misura.
form-link-invalid = Scrivi ogni link come testo del link, barra verticale e indirizzo che inizia con https://.
form-partner-already = Questa città è già partner.
form-project-acronym-invalid = Inserisci un acronimo da 1 a 40 caratteri.
form-project-default-lang-missing = Le lingue devono comprendere la lingua principale.
form-project-ends-before-start = Il progetto non può finire prima di iniziare.
form-project-one-lead = Un progetto ha esattamente un partner capofila.
form-project-slug-taken = Un altro progetto ha già questo nome breve.
form-status-invalid = Scegli uno stato.
form-town-name-required = Inserisci il nome della città nella lingua locale (massimo 300 caratteri).
form-town-unknown = Scegli una città dall'elenco.
form-url-invalid = Inserisci un indirizzo che inizia con https:// o http://.
form-venue-slug-taken = Esiste già un luogo con questo nome breve (i luoghi sono condivisi da tutti i progetti).
form-zone-invalid = Inserisci un fuso orario come Europe/Riga.
audit-project-create = progetto avviato
audit-project-update = dati del progetto modificati
audit-partner-add = città partner aggiunta
audit-partner-role = ruolo del partner modificato
audit-partner-remove = città partner rimossa
audit-venue-create = luogo aggiunto
audit-venue-update = luogo modificato
audit-event-create = incontro aggiunto
audit-event-update = dati dell'incontro modificati
audit-event-delete = incontro eliminato
audit-account-may_start_projects = autorizzazione ad avviare progetti concessa
audit-account-may_not_start_projects = autorizzazione ad avviare progetti revocata

## Iscrizione a un appuntamento aperto al pubblico
registration-title = Iscrizione
registration-places-left = { $left ->
    [one] Resta un posto su { $capacity }.
   *[other] Restano { $left } posti su { $capacity }.
}
registration-full = { $waiting ->
    [0] Tutti i posti sono occupati. Può mettersi in lista d'attesa: se qualcuno annulla l'iscrizione, il posto va alla prima persona in attesa, che ne riceve comunicazione via e-mail.
    [one] Tutti i posti sono occupati; una persona è in lista d'attesa. Può mettersi in lista d'attesa: se qualcuno annulla l'iscrizione, il posto va alla prima persona in attesa, che ne riceve comunicazione via e-mail.
   *[other] Tutti i posti sono occupati; { $waiting } persone sono in lista d'attesa. Può mettersi in lista d'attesa: se qualcuno annulla l'iscrizione, il posto va alla prima persona in attesa, che ne riceve comunicazione via e-mail.
}
registration-email-hint = A questo indirizzo invieremo la conferma e un link alla sua pagina personale.
registration-field-town = Città o ente di provenienza
registration-privacy = Il suo nome, il suo indirizzo e-mail, la città e il paese sono visibili solo agli organizzatori di { $project } e, in caso di controllo del progetto, ai revisori del finanziatore. Non vengono mai mostrati pubblicamente. Con il link ricevuto via e-mail può consultare le sue iscrizioni e annullarle.
registration-privacy-accept = Ho letto come vengono usati i miei dati e acconsento.
registration-submit = Conferma l'iscrizione
registration-closed = Le iscrizioni sono chiuse: questo appuntamento è già iniziato o si è concluso.
registration-done-title = Grazie per la sua iscrizione
registration-done-confirmed = Il suo posto è confermato.
registration-done-waiting = Tutti i posti sono occupati: la sua iscrizione è in lista d'attesa. Se si libera un posto, riceverà un'e-mail.
registration-check-mail = Le abbiamo inviato un'e-mail con i dettagli, l'appuntamento da aggiungere al calendario e un link alla sua pagina personale, dove può annullare l'iscrizione.
registration-back = Torna all'appuntamento
registration-mail-subject = Iscrizione: { $item }
registration-mail-confirmed =
    Buongiorno { $name },

    il suo posto è confermato per:

    { $item }

    In allegato trova l'appuntamento da aggiungere al calendario. La sua pagina personale, con il suo programma, un feed del calendario e un pulsante per annullare l'iscrizione, è qui (non condivida questo link con altri):
    { $link }
registration-mail-waiting =
    Buongiorno { $name },

    tutti i posti sono occupati, quindi la sua iscrizione è in lista d'attesa per:

    { $item }

    Se qualcuno annulla l'iscrizione, il posto va alla prima persona in attesa, che ne riceve comunicazione via e-mail. La sua pagina personale, dove può anche uscire dalla lista d'attesa, è qui (non condivida questo link con altri):
    { $link }
registration-mail-promoted =
    Buongiorno { $name },

    si è liberato un posto ed è suo:

    { $item }

    In allegato trova l'appuntamento da aggiungere al calendario. Per annullare l'iscrizione, usi il link della sua prima e-mail.
registration-status-confirmed = Posto confermato
registration-status-waiting = In lista d'attesa
registration-status-cancelled = Annullata
form-registration-town-required = Indichi la sua città o il suo ente (massimo 120 caratteri).
form-registration-privacy-required = Acconsenta all'uso dei suoi dati come descritto, oppure rinunci all'iscrizione.

## Pagina personale
my-title = Il mio programma
my-greeting = Buongiorno { $name }. Questo è il suo programma: gli appuntamenti a cui ha effettuato l'iscrizione e, se fa parte di una delegazione, il programma delle delegazioni.
my-keep-link = L'indirizzo di questa pagina è la sua chiave: non lo condivida con altri.
my-calendar = Nel suo calendario
my-calendar-hint = Se si abbona, la sua app di calendario manterrà aggiornato il programma quando gli organizzatori lo modificano. Anche l'indirizzo del feed è privato.
my-calendar-subscribe = Abbonamento da un'app di calendario
my-calendar-download = Scarica come file (.ics)
my-registrations = Le mie iscrizioni
my-cancel = Annulla l'iscrizione
my-cancelled = La sua iscrizione è stata annullata.
my-programme = Il mio programma giorno per giorno

## Persone presenti a un incontro (area di gestione)
participants-title = Persone
participants-for = Persone: { $event }
participants-title-delegation = La delegazione di { $town }
participants-no-delegation = Nessuna delegazione
participants-anonymised = (dati anonimizzati)
participants-new = Aggiungi una persona
participants-saved = I dati della persona sono stati salvati.
participants-deleted = La persona è stata rimossa.
participants-delete = Rimuovi questa persona
participants-total = { $count ->
    [one] Una persona.
   *[other] { $count } persone.
}
participants-figures = In cifre
participants-invited = Partecipanti invitati (inviati da un partner di un altro paese)
participants-local = Partecipanti locali
participants-attended = Presenti almeno un giorno
participants-by-country = Persone per paese
participants-by-delegation = Persone per delegazione
participants-by-role = Persone per ruolo
participants-count = Numero
participants-list = Tutte le persone
participants-search = Cerca per nome, città o indirizzo e-mail
participants-search-submit = Cerca
participants-none = Non c'è ancora nessuno.
participants-caption = Persone, in ordine di nome
participants-needs = Esigenze
participants-export-csv = Scarica come CSV
participants-export-xlsx = Scarica come XLSX (un foglio per città)
participants-privacy-note = Servono solo il nome, la città o l'ente e il paese. Informa la persona che questi dati sono visibili agli organizzatori e, in caso di controllo del progetto, ai revisori del finanziatore; non vengono mai resi pubblici.
participants-email-hint = Per inviare alla persona il suo programma personale e il link per il calendario.
participants-field-delegation = Delegazione
participants-field-arrival-place = Luogo di arrivo
participants-field-arrival-time = Arrivo
participants-field-departure-place = Luogo di partenza
participants-field-departure-time = Partenza
participants-field-by = Mezzo di trasporto
participants-field-accommodation = Alloggio
participants-field-dietary = Esigenze alimentari
participants-field-access = Esigenze di accessibilità
participants-field-photos = Può comparire nelle foto del progetto
participant-role-delegate = Delegato
participant-role-speaker = Relatore
participant-role-staff = Personale
participant-role-press = Stampa
participant-role-resident = Residente
travel-by-plane = Aereo
travel-by-train = Treno
travel-by-bus = Autobus
travel-by-coach = Pullman
travel-by-car = Auto
travel-by-ship = Nave
travel-by-other = Altro
upload-title = Carica un elenco
upload-intro = Un file CSV o XLSX la cui prima riga riporta i nomi delle colonne. Le persone già presenti nell'elenco (stesso indirizzo e-mail o, se manca, stesso nome) vengono aggiornate, non aggiunte una seconda volta.
upload-template = Scarica un modello (CSV)
upload-file = File (CSV o XLSX)
upload-submit = Carica
upload-summary = Aggiunte: { $created }. Aggiornate: { $updated }. Rifiutate: { $rejected }.
upload-report-caption = Ogni riga del file e il suo esito
upload-row = Riga
upload-outcome = Esito
upload-created = aggiunta
upload-updated = aggiornata
upload-rejected = rifiutata
upload-back = Torna all'elenco
form-participant-town-required = Inserisci la città o l'ente (massimo 120 caratteri).
form-participant-role-invalid = Usa delegate (delegato), speaker (relatore), staff (personale), press (stampa) o resident (residente).
form-travel-invalid = Usa plane (aereo), train (treno), bus (autobus), coach (pullman), car (auto), ship (nave) o other (altro).
form-travel-leaves-before-arriving = La partenza non può precedere l'arrivo.
form-yes-no-invalid = Scrivi yes (sì) o no.
audit-people-save = persone salvate
audit-person-update = dati di una persona modificati
audit-person-delete = persona rimossa

## Pagine di errore per l'avvio dei progetti, le iscrizioni e le persone
error-partner-lead-required = Il partner capofila deve restare
error-partner-hosts-event = Questa città ospita un incontro
error-partner-has-coordinators = Questa città ha dei coordinatori
error-partner-not-found = Città partner non trovata
error-event-published = Un incontro pubblicato deve restare
error-role-invalid = Ruolo sconosciuto
error-allow-invalid = Scelta sconosciuta
error-account-not-found = Account non trovato
error-registration-closed = Le iscrizioni sono chiuse
error-registration-not-found = Iscrizione non trovata
error-link-unknown = Questo link non può essere usato
error-person-not-found = Persona non trovata
error-delegation-invalid = Delegazione sconosciuta
error-upload-invalid = Impossibile ricevere il file
error-upload-empty = Scegli un file
error-upload-unreadable = Impossibile leggere il file come CSV o XLSX
error-upload-no-name-column = Il file non ha una colonna per il nome

## Dati personali: i propri e per quanto tempo vengono conservati
my-data = I miei dati
my-data-hint = Può scaricare tutti i dati conservati che la riguardano, oppure cancellarli. La cancellazione annulla le sue iscrizioni (i suoi posti passano alle persone in lista d'attesa) ed elimina il suo nome, i suoi contatti e le sue esigenze; restano solo il suo paese e la sua delegazione, non più collegati al suo nome, nelle cifre richieste dal finanziatore. Questo link smetterà di funzionare.
my-data-download = Scarica i miei dati (JSON)
my-erase-confirm = Sì, voglio cancellare i miei dati.
my-erase = Cancella i miei dati
my-erase-confirm-needed = Per cancellare i suoi dati, prima spunti la casella di conferma.
my-erased-title = I suoi dati sono stati cancellati
my-erased = Le sue iscrizioni sono state annullate e i suoi dati personali sono stati eliminati. Grazie per la partecipazione.
retention-title = Conservazione dei dati personali
retention-hint = Dopo questa data, i dati delle persone di questo progetto vengono anonimizzati: nomi, contatti ed esigenze vengono eliminati; paesi, delegazioni e presenze restano per la relazione. Imposta come data la fine del periodo in cui il finanziatore può controllare il progetto.
retention-until = Conserva i dati personali fino al
retention-saved = La data di conservazione è stata salvata.
audit-project-retention = data di conservazione impostata
audit-people-purge = dati personali anonimizzati
error-date-invalid = Data non valida

## Registrazione delle presenze e badge
checkin-title = Registrazione presenze
checkin-day = Giorno
checkin-show-day = Mostra
checkin-present = Presenti: { $count } su { $total }.
checkin-by-code = Con il codice del badge
checkin-code = Codice sul badge
checkin-submit = Registra presenza
checkin-scan = Scansiona con la fotocamera
checkin-list = Dall'elenco
checkin-here = Presente
checkin-undo = Annulla
checkin-done = La presenza di { $name } è stata registrata.
checkin-undone = { $name } non risulta più presente.
checkin-unknown-code = Nessuna persona di questo incontro ha questo codice. Controlla il codice o cerca la persona nell'elenco.
badges-title = Badge
badges-hint = Stampa questa pagina su carta A4 (otto badge per foglio), ritaglia lungo le linee tratteggiate e inserisci i badge nei portabadge. Il codice e il codice QR servono a registrare la presenza della persona.
badges-qr = Codice QR per registrare la presenza:
participants-per-day = Presenti per giorno
participants-present = Presenti
error-day-invalid = Non è un giorno di questo incontro
error-person-invalid = Persona sconosciuta

## Fogli firme
sheet-title = Fogli firme
sheet-intro = La documentazione richiesta dal finanziatore: per ogni giorno e per ogni delegazione, nome, città e paese di tutte le persone, con una colonna per la firma. Stampa il foglio, fallo firmare all'accoglienza e conservalo insieme ai documenti del progetto.
sheet-blank = Un foglio vuoto, per chi arriva senza iscrizione
sheet-download = Apri il foglio (PDF)
sheet-walk-ins = Persone arrivate senza iscrizione
sheet-number = N.
sheet-signature = Firma
sheet-footer = Foglio firme
sheet-page = Pagina { $n } di { $total }
error-sheet-invalid = Non è possibile creare il foglio per questa scelta

## Iscrizione autonoma tramite il link di una delegazione
join-title = Iscrizione alla delegazione di { $town }
join-intro = Il coordinatore della sua città le ha inviato questo link per iscriversi a { $event }. Servono solo il suo nome, l'indirizzo e-mail, la città e il paese; le altre informazioni aiutano chi la ospita a organizzare il viaggio, l'alloggio e i pasti.
join-done-title = Grazie per la sua iscrizione
join-done = La sua iscrizione è stata registrata. Le abbiamo inviato un'e-mail con il link al suo programma personale; con lo stesso link può consultare e cancellare i suoi dati.
join-mail-subject = Iscrizione registrata: { $event }
join-mail-body =
    Buongiorno { $name },

    la sua iscrizione a { $event } è stata registrata.

    La sua pagina personale, con il suo programma e un feed del calendario, è qui (non condivida questo link con altri):
    { $link }
join-links-title = Link per l'iscrizione autonoma
join-links-intro = Condividi il link di una delegazione con le persone che ne fanno parte: si iscrivono da sole e vengono inserite direttamente in quella delegazione. Un nuovo link sostituisce il precedente, che smette di funzionare.
join-link-none = nessun link per ora
join-link-renew = Nuovo link
join-link-renewed = Il nuovo link è pronto; quello precedente non funziona più.
audit-join-link-renew = link di iscrizione rinnovato
audit-people-join = persona iscritta tramite link

## La pagina di pubblicazione
publication-title = { $event }: cosa è avvenuto
publication-here = Pubblicazione per il finanziatore
publication-place = Luogo
publication-participants = Partecipanti
publication-invited = Partecipanti invitati dai paesi partner
publication-basis-registrations = in base alle iscrizioni finora
publication-basis-attendance = presenti almeno un giorno
publication-per-country = Partecipanti per paese
publication-per-country-caption = Il numero di partecipanti da ciascun paese
publication-no-participants = Non è ancora registrato alcun partecipante.
publication-days = Giorno per giorno

## Ammissibilità e sovvenzione
elig-title = Ammissibilità e sovvenzione
elig-eligible = Il progetto rispetta tutte le regole del suo bando.
elig-not-eligible = Il progetto non rispetta ancora tutte le regole.
elig-no-ruleset = Scegli il bando con cui è finanziato il progetto per vedere se ne rispetta le regole.
elig-no-ruleset-choice = Nessuna regola di un finanziatore
elig-version = regole aggiornate al
elig-event-count = { $event } – persone: { $participants }, di cui invitate: { $invited }, giorni: { $days } ({ $basis })
elig-basis-registrations = in base alle iscrizioni
elig-basis-attendance = in base alle presenze
elig-grant = La sovvenzione
elig-grant-band = { $amount }: fascia da { $from } a { $to } partecipanti invitati
elig-grant-band-top = { $amount }: fascia da { $from } partecipanti invitati in su
elig-grant-overridden = { $amount }, come indicato dagli organizzatori
elig-grant-none = Nessuna sovvenzione finché una regola non è rispettata.
elig-grant-calculator = L'importo si ottiene con il calcolatore ufficiale del bando: inserisci qui sotto il risultato.
elig-next-band = Partecipanti invitati in più: { $more } → { $amount }
elig-grant-unverified = Questi importi non sono ancora stati verificati sulla fonte ({ $source }); confermali prima di farvi affidamento.
elig-rules = Le regole
elig-rules-caption = Ogni regola del bando, il valore del progetto e la fonte da cui proviene la regola
elig-rule = Regola
elig-result = Esito
elig-required = Richiesto
elig-actual = Il progetto
elig-source = Fonte
elig-passed = rispettata
elig-failed = non rispettata
elig-verified = verificata sulla fonte
elig-unverified = non ancora verificata sulla fonte
elig-overridden = modificato dagli organizzatori
elig-settings = Bando e correzioni
elig-ruleset = Le regole del bando
elig-call-year = Anno del bando
elig-call-year-hint = Determina quali paesi partecipano. Se vuoto: l'anno in cui inizia il progetto.
elig-grant-override = Sovvenzione in euro (sostituisce la stima)
elig-grant-override-hint = Per esempio l'importo ottenuto con il calcolatore ufficiale del bando. Se vuoto: la stima in base alle regole.
elig-rule-overrides = Valori corretti
elig-rule-overrides-hint = Solo se il bando per cui hai presentato domanda prevede altro; lascia vuoto per usare il valore indicato.
elig-saved = Salvato.
form-ruleset-unknown = Scegli uno dei bandi elencati.
form-elig-call-year-invalid = Inserisci un anno, per esempio 2018.
form-elig-amount-invalid = Inserisci un importo intero in euro.
form-elig-rule-invalid = Inserisci numeri interi per i valori corretti.
audit-rules-choose = bando scelto
audit-rules-override = valori delle regole modificati

## La relazione finale
report-link = Relazione finale
report-title = Relazione finale: { $project }
report-pdf = Scarica la relazione con i fogli firme (PDF)
report-participation = Partecipazione: { $event }
report-annexes = Allegati
report-annex-publication = Pagina di pubblicazione di { $event }: { $url }
report-annex-programme = Programma di { $event }: { $url }
report-annex-sheets = { $count ->
    [one] Un foglio firme, allegato alla presente relazione.
   *[other] { $count } fogli firme, allegati alla presente relazione.
}
report-page = Pagina { $n }
participants-send-link = Invia alla persona via e-mail il link al suo programma personale
participants-link-sent = Il link è stato inviato; il link precedente non funziona più.
audit-person-send_link = link personale inviato
error-person-no-email = La persona non ha un indirizzo e-mail

## Notizie e comunicati stampa
news-title = Notizie
news-none = Non è ancora stata pubblicata alcuna notizia.
news-all = Tutte le notizie
news-feed = Segui le notizie con un lettore di feed (Atom)
news-manage-title = Notizie e comunicati stampa
news-manage-intro = Prepara la bozza di un comunicato stampa a partire dal programma e dai dati di un incontro, oppure scrivi una notizia. Le notizie restano bozze, visibili solo agli organizzatori, finché non le pubblichi.
news-manage-caption = Notizie, dalla più recente
news-new = Scrivi una notizia
news-edit-intro = Scrivi la notizia in ciascuna lingua in cui vuoi pubblicarla. Una lingua lasciata vuota non viene mostrata; in quel caso i lettori vedono un'altra lingua.
news-field-title = Titolo
news-field-body = Testo
news-body-hint = Testo semplice. Lascia una riga vuota tra un paragrafo e l'altro.
news-slug-hint = L'ultima parte dell'indirizzo della notizia. Lascia vuoto per ricavarla dal titolo.
news-status = Stato
news-public-page = Pagina pubblica
news-draft = Bozza, non pubblica
news-published-on = Pubblicata in data { $date }
news-draft-press-release = Prepara la bozza di un comunicato stampa per { $event }
news-drafted = La bozza del comunicato stampa è stata preparata con i dati dell'incontro. Controllala, modificala e pubblicala.
news-saved = La notizia è stata salvata.
news-published = La notizia è pubblicata.
news-unpublished = La notizia è di nuovo una bozza e non è più pubblica.
news-deleted = La notizia è stata eliminata.
news-publish = Pubblica
news-unpublish = Riporta a bozza
news-delete = Elimina la notizia
error-news-not-found = Notizia non trovata
error-news-slug-taken = Un'altra notizia ha questo indirizzo
form-news-title-missing = Questa lingua ha un testo ma non un titolo.
form-news-slug-taken = Un'altra notizia ha già questo indirizzo; scegline un altro.
audit-news-create = notizia scritta
audit-news-update = notizia modificata
audit-news-publish = notizia pubblicata
audit-news-unpublish = notizia riportata a bozza
audit-news-delete = notizia eliminata

## La bozza del comunicato stampa: frasi ricavate dai dati dell'incontro
press-title = { $host } ha accolto partner da { $countries ->
    [one] un altro paese
   *[other] { $countries } paesi
} per «{ $event }»
press-lead = Nei giorni { $dates } { $host } ({ $country }) ha ospitato «{ $event }», un incontro del progetto «{ $project }».
press-funding = L'incontro è stato finanziato dal programma { $programme }.
press-delegations = Le delegazioni provenivano da { $towns }.
press-participants = { $total ->
    [one] Ha partecipato una persona
   *[other] Hanno partecipato { $total } persone
}, { $invited ->
    [one] di cui un partecipante invitato proveniente da una città partner all'estero.
   *[other] di cui { $invited } partecipanti invitati provenienti da città partner all'estero.
}
press-per-country = Partecipanti per paese: { $list }.
press-day = Giorno { $number }, { $date }: { $items }.
press-signed = In data { $date } { $a } e { $b } hanno firmato: { $kind }.
press-more = Il programma, il numero di partecipanti per paese e una descrizione di ciascuna giornata sono pubblicati all'indirizzo { $url }

## Foto di un incontro
photos-title = Foto
photos-intro = Le foto compaiono nella pagina di pubblicazione dell'incontro, richiesta dal finanziatore. Al caricamento vengono rimossi dal file il luogo e la data dello scatto, la fotocamera ed eventuali nomi memorizzati.
photos-see-publication = Vedi la pagina di pubblicazione.
photos-none = Ancora nessuna foto.
photos-add = Aggiungi una foto
photos-edit = Modifica
photos-edit-title = Modifica la foto
photos-field-file = Foto (JPEG o PNG)
photos-file-hint = Al massimo { $mib } MiB.
photos-field-alt = Cosa mostra la foto
photos-alt-hint = Per chi non può vedere la foto: descrivila in una frase, per esempio «I sindaci di Raška e Daugavpils firmano il protocollo».
photos-field-caption = Didascalia
photos-field-credit = Fotografo
photos-credit = Foto: { $name }
photos-field-consent = Le persone riconoscibili in questa foto hanno acconsentito alla sua pubblicazione.
photos-field-position = Posizione
photos-position-hint = Le foto sono mostrate in quest'ordine, a partire da 1.
photos-upload = Carica la foto
photos-added = La foto è stata aggiunta.
photos-saved = La foto è stata salvata.
photos-deleted = La foto è stata eliminata.
photos-delete = Elimina la foto
error-photo-not-found = Foto non trovata
error-photo-too-large = La foto è troppo grande
form-photo-empty = Scegli una foto.
form-photo-too-large = La foto è troppo grande: al massimo 12 MiB.
form-photo-format = Si possono caricare solo foto in formato JPEG e PNG.
form-photo-dimensions = Le dimensioni della foto in pixel non sono tra quelle che questa pagina può mostrare.
form-photo-unreadable = Il file non può essere letto come foto.
form-photo-duplicate = Questa foto è già presente nella pagina.
form-photo-consent-required = Conferma che le persone ritratte hanno acconsentito alla pubblicazione.
form-photo-position-invalid = Usa un numero intero da 1 a 10.000.
audit-photo-add = foto aggiunta
audit-photo-update = foto modificata
audit-photo-delete = foto eliminata

## Sintesi della valutazione e nuove parti della relazione
events-field-evaluation = Sintesi della valutazione
events-evaluation-hint = Cosa hanno detto i partecipanti nella valutazione, per la relazione finale. Lascia una riga vuota tra un paragrafo e l'altro.
report-evaluation = Valutazione: { $event }
report-annex-photos = { $count ->
    [one] Una foto di { $event }, nella sua pagina di pubblicazione.
   *[other] { $count } foto di { $event }, nella sua pagina di pubblicazione.
}
report-annex-news = Comunicato stampa o notizia «{ $title }»: { $url }

# Concurrent edits: a save against a version someone else replaced meanwhile.
error-edit-changed-meanwhile = Qualcuno lo ha modificato nel frattempo
error-412-help = Qualcun altro lo ha modificato dopo che lo avete letto. Rileggetelo, poi apportate la vostra modifica.
edit-changed-meanwhile = Qualcun altro ha salvato questo appuntamento mentre lo stavate modificando
edit-changed-meanwhile-help = Nulla è stato sovrascritto. Qui sotto c’è ciò che è salvato ora; la vostra versione è ancora nel modulo. Confrontate le due, correggete il modulo se serve e salvate di nuovo per mantenere la vostra versione.
edit-saved-now = Salvato ora
edit-your-version = La vostra versione è nel modulo qui sotto.
partners-changed-meanwhile = Qualcun altro ha cambiato nel frattempo il ruolo di { $town }: ora è { $now }; avete scelto { $yours }. Scegliete di nuovo se deve valere la vostra scelta.

# --- w-signin ---
form-password-weak = Questa password è troppo facile da indovinare. Alcune parole insolite e scollegate formano una password robusta.
form-password-weak-common = Questa password è troppo facile da indovinare: è una password molto usata o simile a una di esse.
form-password-weak-pattern = Questa password è troppo facile da indovinare: schemi di tastiera e sequenze come abc o 6543 vengono provati per primi.
form-password-weak-repeat = Questa password è troppo facile da indovinare: caratteri o parole ripetuti aggiungono poco.
form-password-weak-dates = Questa password è troppo facile da indovinare: date e anni vengono provati per primi.
form-password-weak-names = Questa password è troppo facile da indovinare: nomi, cognomi e il tuo indirizzo vengono provati per primi.
form-password-weak-word = Questa password è troppo facile da indovinare: una sola parola non basta. Aggiungi alcune parole scollegate.
form-totp-code-wrong = Il codice non è corretto. Inserisci il codice attuale dell'app di autenticazione o un codice di recupero.
form-totp-code-required = Inserisci il codice dell'app di autenticazione.
form-totp-secret-invalid = Questo segreto non può essere usato. Ricarica la pagina per averne uno nuovo.
form-token-days-invalid = Scegli per quanti giorni vale il token: da 1 a 365.
error-signin-challenge-expired = Questo accesso è scaduto
error-page-invalid = Questo numero di pagina non può essere usato
signin-wait = Troppi tentativi. Attendi { $seconds } s, poi riprova.
totp-signin-title = Secondo passo: il tuo codice
totp-signin-hint = Il codice a sei cifre dell'app di autenticazione o uno dei tuoi codici di recupero.
field-totp-code = Codice
totp-title = Accesso in due passaggi
totp-on = L'accesso in due passaggi è attivo: all'accesso viene chiesto un codice dell'app di autenticazione.
totp-off = L'accesso in due passaggi è disattivato.
totp-manage = Gestisci l'accesso in due passaggi
totp-set-up = Configura l'accesso in due passaggi
totp-enabled = L'accesso in due passaggi è attivo.
totp-disabled = L'accesso in due passaggi è disattivato.
totp-recovery-once = Annota questi codici di recupero e conservali al sicuro. Ciascuno vale una volta, se perdi il telefono. Sono mostrati solo ora.
totp-codes-left = Codici di recupero rimasti: { $count }
totp-disable = Disattiva l'accesso in due passaggi
totp-required = Come amministratore dell'istanza devi configurare l'accesso in due passaggi prima di continuare.
totp-help = Aggiungi questo account a un'app di autenticazione (per esempio FreeOTP, Aegis o Google Authenticator): scansiona il codice QR, apri il link sul telefono o digita la chiave. Poi inserisci il codice mostrato dall'app.
totp-qr-caption = Codice QR per la tua app di autenticazione
totp-secret = Chiave
totp-link = Link
totp-link-open = Apri in un'app di autenticazione
totp-confirm = Attiva
account-token-expired = Scaduto
account-token-expires = Scade
field-token-days = Valido per
account-token-days = { $days } giorni
security-title = Registro di sicurezza
security-help = Accessi, tentativi falliti e rallentati, accesso in due passaggi, token API, modifiche di password e ruoli, dai più recenti. I client compaiono solo come la loro rete.
security-page = Pagina { $page }
security-empty = Non è stato ancora registrato nulla.
security-caption = Eventi di sicurezza, dai più recenti
security-account = Account
security-client = Rete
security-pages = Pagine del registro di sicurezza
security-newer = Più recenti
security-older = Meno recenti
security-signin-ok = accesso eseguito
security-signin-fail = password errata
security-signin-throttled = tentativo rallentato
security-totp-enrol = accesso in due passaggi attivato
security-totp-disable = accesso in due passaggi disattivato
security-totp-fail = codice errato
security-totp-throttled = tentativo di codice rallentato
security-recovery-used = codice di recupero usato
security-token-create = token API creato
security-token-use = token API usato
security-token-revoke = token API revocato
security-password-change = password cambiata
security-password-reset = password reimpostata
security-reset-throttled = richiesta di reimpostazione rallentata
# --- w-lingers ---
photo-consent-yes = Foto: sì
photo-consent-no = Niente foto
photo-consent-not_asked = Foto: non chiesto (niente foto)
photo-consent-choice-yes = Sì
photo-consent-choice-no = No
photo-consent-choice-not_asked = Non ancora chiesto
consent-minor = Minore di 18 anni
consent-minor-short = Minore
consent-guardian-name = Nome del genitore o tutore
consent-guardian-hint = Solo per un minore: il genitore o tutore che acconsente alla partecipazione.
consent-guardian-consent = Il genitore o tutore acconsente alla partecipazione di questo minore e all'uso dei suoi dati
participants-photos = Foto
form-photo-consent-invalid = Scegli sì, no o non chiesto.
form-participant-guardian-required = Per un minore serve il nome di un genitore o tutore.
form-participant-guardian-consent-required = Un minore partecipa solo con il consenso di un genitore o tutore.
privacy-notice-title = Informativa sulla privacy
privacy-notice-default = { $project } è gestito dai suoi organizzatori. Conservano ciò che inserisci qui (nome, città o organizzazione, paese, recapiti e ciò che indichi su viaggio, pasti e accessibilità) e lo vedono insieme al coordinatore della tua delegazione; non è mai pubblico. I revisori di { $funder } possono controllare nomi, città e presenze per verificare il contributo. Tutto è conservato fino al { $until }; dopo restano solo conteggi anonimi. Con il link nella tua e-mail puoi vedere, scaricare o cancellare i tuoi dati in qualsiasi momento.
privacy-notice-default-no-date = { $project } è gestito dai suoi organizzatori. Conservano ciò che inserisci qui (nome, città o organizzazione, paese, recapiti e ciò che indichi su viaggio, pasti e accessibilità) e lo vedono insieme al coordinatore della tua delegazione; non è mai pubblico. I revisori di { $funder } possono controllare nomi, città e presenze per verificare il contributo. Tutto è conservato fino alla data stabilita dagli organizzatori; dopo restano solo conteggi anonimi. Con il link nella tua e-mail puoi vedere, scaricare o cancellare i tuoi dati in qualsiasi momento.
privacy-notice-funder-unknown = chi finanzia il progetto
privacy-edit-title = Informativa sulla privacy
privacy-edit-intro = Chi conserva cosa, per quanto tempo e chi può verificarlo. L'informativa appare ovunque il progetto raccolga dati personali: iscrizione, adesione a una delegazione, moduli delle persone e pagine personali. Scrivila in ogni lingua necessaria; per una lingua vuota si mostra il testo predefinito.
privacy-edit-default = Se resta vuoto, si mostra quest'informativa: { $text }
privacy-edit-saved = L'informativa sulla privacy è stata salvata.
my-photos = Foto
my-photos-saved = La tua risposta sulle foto è stata salvata.
participants-erase = Cancella i dati personali (su sua richiesta)
participants-erased = I dati della persona sono stati cancellati; se era presente, nome e città restano per la verifica del finanziatore fino alla data di conservazione.
participants-erased-kept = cancellato, conservato per la verifica
# --- w-forms ---
form-date-out-of-range = La data deve essere compresa tra gli anni 1900 e 2200.
form-item-outside-event = Il punto del programma cade fuori dai giorni dell'incontro (per arrivi e partenze è ammesso un giorno prima o dopo).
form-event-too-long = Un incontro dura al massimo 366 giorni.
error-date-out-of-range = Data fuori dagli anni 1900–2200
error-item-outside-event = Punto del programma fuori dai giorni dell'incontro
error-event-too-long = L'incontro è troppo lungo
error-rate-limited = Troppe richieste
error-429-help = Dalla vostra connessione sono arrivate molte richieste in poco tempo. Attendete un minuto e riprovate.
registration-done-already = Siete già iscritti a questo punto del programma, quindi non abbiamo inviato un'altra e-mail: quella ricevuta prima contiene il vostro link personale.
form-honeypot-label = Lasciate vuoto questo campo: serve a riconoscere gli invii automatici.
registration-status-pending = In attesa della vostra conferma via e-mail
registration-done-pending = Quasi fatto: vi abbiamo inviato un'e-mail con un link. Il vostro posto conta quando lo aprite, entro { $hours } ore.
registration-mail-pending =
    Buongiorno { $name },

    confermate la vostra iscrizione a:

    { $item }

    Il vostro posto conta solo quando aprite questo link e premete il pulsante (vale fino a { $until }):
    { $confirm }

    Se non vi siete iscritti, ignorate questa e-mail: l'iscrizione decadrà da sola. La vostra pagina personale è qui (tenete questo link per voi):
    { $link }
confirm-title = Confermate la vostra iscrizione
confirm-intro = Premete il pulsante per confermare l'iscrizione. Da quel momento il vostro posto conta.
confirm-submit = Confermo la mia iscrizione
confirm-done = Grazie: la vostra iscrizione è confermata e avete un posto.
error-registration-confirmation-expired = Questo link di conferma è scaduto; iscrivetevi di nuovo
registration-settings-save = Salva
registration-settings-confirm = Contare un'iscrizione pubblica solo quando la persona la conferma con il link nella sua e-mail
registration-settings-hint = Così gli script non possono occupare posti con indirizzi inventati. Le iscrizioni non confermate non occupano posti e decadono dopo 48 ore.
registration-settings-saved = Salvato: come si accettano le iscrizioni.
# --- w-uploads ---
error-request-too-large-limit = A questo indirizzo si possono inviare al massimo { $mib } MiB.
error-sheet-file-too-large = Il file è troppo grande
error-sheet-file-too-large-limit = Un elenco può essere al massimo di { $limit } MiB.
error-sheet-uncompressed-too-large = La cartella di lavoro, decompressa, contiene troppi dati
error-sheet-uncompressed-too-large-limit = Decompressa, una cartella di lavoro può contenere al massimo { $limit } MiB.
error-sheet-compression-ratio = La cartella di lavoro è compressa in modo sospetto
error-sheet-compression-ratio-limit = Una parte di una cartella di lavoro, decompressa, può essere al massimo { $limit } volte più grande che compressa.
error-sheet-too-many-parts = La cartella di lavoro ha troppe parti
error-sheet-too-many-parts-limit = Una cartella di lavoro può avere al massimo { $limit } parti.
error-sheet-too-many-rows = L’elenco ha troppe righe
error-sheet-too-many-rows-limit = Un elenco può avere al massimo { $limit } righe, compresa la riga d’intestazione. Dividetelo in più file.
error-sheet-too-many-columns = L’elenco ha troppe colonne
error-sheet-too-many-columns-limit = Un elenco può avere al massimo { $limit } colonne.
error-sheet-too-many-cells = L’elenco ha troppe celle
error-sheet-too-many-cells-limit = Un elenco può avere al massimo { $limit } celle.
error-sheet-cell-too-long = Una cella è troppo lunga
error-sheet-cell-too-long-limit = Una cella può contenere al massimo { $limit } caratteri.
error-sheet-markup-too-long = La cartella di lavoro contiene un blocco di dati troppo lungo per essere una cella
error-sheet-markup-too-long-limit = Tra due marcatori una cartella di lavoro può contenere al massimo { $limit } byte.
error-sheet-too-slow = La lettura dell’elenco ha richiesto troppo tempo
error-sheet-too-slow-limit = Un elenco deve poter essere letto entro { $limit } secondi.
error-xliff-too-large = Il file è troppo grande
error-xliff-too-large-limit = Un file XLIFF può essere al massimo di { $mib } MiB.
error-xliff-doctype = Il file dichiara un DOCTYPE, che ai file XLIFF non serve; toglietelo e caricate di nuovo il file
error-xliff-too-deep = Il file annida i suoi elementi troppo in profondità
error-xliff-too-deep-limit = Gli elementi possono essere annidati al massimo per { $limit } livelli.
error-xliff-too-many-units = Il file contiene troppi testi
error-xliff-too-many-units-limit = Un file XLIFF può contenere al massimo { $limit } testi.
form-photo-truncated = Il file finisce prima dell’immagine: è stato troncato. Caricate la foto intera.
form-photo-no-image-data = Il file non contiene alcuna immagine.
form-photo-too-many-pixels = La foto ha troppi pixel: al massimo 40 megapixel e 16.000 pixel per lato.
form-photo-polyglot = Il file contiene un altro documento dopo l’immagine; caricate solo la foto.
# --- w-heavy ---
error-server-busy = In preparazione
error-server-busy-help = Il server sta preparando altri documenti. Questa pagina riproverà da sola tra { $seconds } secondi; non serve fare nulla.
