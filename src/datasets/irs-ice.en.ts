/**
 * The bundled story in English, without its translations (`irs-ice.ts` puts them together): the
 * IRS–ICE taxpayer-data agreement, the lawsuits and rulings over it, and who led the IRS
 * meanwhile.
 *
 * Every fact, date, name, number and address here comes from the verified fact sheet
 * (`irs-ice-facts.md`); the headlines and summaries are our own wording of it. Do not add
 * anything that is not on the sheet.
 *
 * Each event has a short `label` for the drawing, written from the sheet like the headlines. The
 * Spanish edition (`irs-ice.es.ts`) is shown when the timeline's locale is Spanish; the drop-in
 * bundle loads it only then.
 */
import type { TimelineDataset, TimelineSource } from '../data/types.js';

// Sources cited by more than one event, written once.
const publicCitizenCentro: TimelineSource = {
  publisher: 'Public Citizen',
  title: 'Centro de Trabajadores Unidos v. Bessent',
  url: 'https://www.citizen.org/litigation/centro-de-trabajadores-unidos-v-bessent/',
};

const democracyForwardCtr: TimelineSource = {
  publisher: 'Democracy Forward',
  title: 'Center for Taxpayer Rights v. IRS',
  url: 'https://democracyforward.org/updates/ctr-irs-lawsuit',
};

const bloombergTaxBisignano: TimelineSource = {
  publisher: 'Bloomberg Tax',
  title: "Treasury's Bessent names Social Security chief as CEO of IRS",
  published: '2025-10-06',
  url: 'https://news.bloombergtax.com/daily-tax-report/treasurys-bessent-names-social-security-chief-as-ceo-of-irs',
};

const cfoBrewHeads: TimelineSource = {
  publisher: 'CFO Brew',
  title: 'IRS gets its fourth, then fifth, head this year',
  published: '2025-04-22',
  url: 'https://cfobrew.com/stories/2025/04/22/irs-gets-its-fourth-then-fifth-head-this-year',
};

export const irsIceEn: TimelineDataset = {
  id: 'irs-ice',
  title: 'The IRS, ICE and taxpayer data',
  description:
    'The IRS agreement to share taxpayer data with ICE, the court fights over it, and who led the IRS meanwhile.',
  updated: '2026-06-08',
  categories: [
    { id: 'agreement', label: 'Agreement' },
    { id: 'personnel', label: 'IRS leadership' },
    { id: 'lawsuit', label: 'Lawsuits' },
    { id: 'court', label: 'Court rulings' },
    { id: 'data', label: 'Data transfers' },
  ],
  events: [
    // 2025
    {
      id: 'werfel-departs',
      date: '2025-01-20',
      precision: 'day',
      category: 'personnel',
      title: 'IRS commissioner Danny Werfel leaves on Inauguration Day',
      label: 'Werfel leaves',
      summary:
        "Commissioner Danny Werfel leaves the IRS on Inauguration Day, more than two years before his term ends. Deputy commissioner Doug O'Donnell becomes acting commissioner.",
      people: ['Danny Werfel', "Doug O'Donnell"],
      sources: [
        {
          publisher: 'Accounting Today',
          title: 'Danny Werfel resigns as IRS commissioner',
          published: '2025-01-17',
          url: 'https://accountingtoday.com/news/danny-werfel-resigns-as-irs-commissioner',
        },
        {
          publisher: 'CPA Practice Advisor',
          title: 'IRS Chief Danny Werfel to Resign on Jan. 20',
          published: '2025-01-17',
          url: 'https://cpapracticeadvisor.com/2025/01/17/irs-chief-danny-werfel-to-resign-on-jan-20/154774',
        },
      ],
    },
    {
      id: 'ctr-lawsuit-filed',
      date: '2025-02-17',
      precision: 'day',
      category: 'lawsuit',
      title: 'Taxpayer advocates and unions sue the IRS over access to taxpayer data',
      label: 'Advocates sue',
      summary:
        'The Center for Taxpayer Rights, Main Street Alliance, the National Federation of Federal Employees and the Communications Workers of America sue the IRS in federal court in Washington, represented by Democracy Forward. At first, the suit is about DOGE access to taxpayer data. It goes to Judge Colleen Kollar-Kotelly and later becomes the main challenge to the IRS–ICE sharing.',
      people: ['Colleen Kollar-Kotelly'],
      sources: [
        {
          publisher: 'Bloomberg Law',
          title: "Musk's Access to IRS Data Challenged by Taxpayer Group, Unions",
          published: '2025-02-17',
          url: 'https://news.bloomberglaw.com/litigation/musks-access-to-irs-data-challenged-by-taxpayer-group-unions',
        },
        {
          publisher: 'Civil Rights Litigation Clearinghouse',
          title: 'Center for Taxpayer Rights v. IRS',
          url: 'https://clearinghouse.net/case/46138',
        },
      ],
    },
    {
      id: 'odonnell-retirement',
      date: '2025-02-25',
      precision: 'day',
      category: 'personnel',
      title: "Acting IRS commissioner Doug O'Donnell to retire",
      label: "O'Donnell exits",
      summary:
        "The IRS announces that acting commissioner Doug O'Donnell will retire on Friday, February 28, amid layoffs and DOGE's push for taxpayer data. Chief operating officer Melanie Krause becomes acting commissioner.",
      people: ["Doug O'Donnell", 'Melanie Krause'],
      sources: [
        {
          publisher: 'CNN (via KTVZ)',
          title: 'Acting IRS chief to retire amid upheaval at agency',
          published: '2025-02-25',
          url: 'https://ktvz.com/politics/cnn-us-politics/2025/02/25/acting-irs-chief-to-retire-amid-upheaval-at-agency',
        },
      ],
    },
    {
      id: 'irs-rejects-700k-request',
      date: '2025-02',
      precision: 'month',
      category: 'agreement',
      title: 'IRS turns down a request to verify about 700,000 addresses',
      label: 'Request refused',
      summary:
        'IRS leaders turn down a Homeland Security request to verify the addresses of about 700,000 people believed to be in the US illegally, and negotiate narrower terms. The refusal was reported on February 28.',
      sources: [
        {
          publisher: 'The Washington Post (via The Spokesman-Review)',
          title: 'IRS rejected request for addresses of people believed to be in U.S. illegally',
          published: '2025-02-28',
          url: 'https://spokesman.com/stories/2025/feb/28/irs-rejected-request-for-addresses-of-people-belie',
        },
      ],
    },
    {
      id: 'centro-lawsuit-filed',
      date: '2025-03',
      precision: 'month',
      category: 'lawsuit',
      title: 'Groups sue to stop the IRS sharing taxpayer data for immigration enforcement',
      label: 'Centro sues',
      summary:
        'Centro de Trabajadores Unidos and Immigrant Solidarity DuPage sue to stop the IRS sharing taxpayer data for immigration enforcement, represented by Public Citizen (lead counsel Nandan Joshi) with Alan B. Morrison. The case, Centro de Trabajadores Unidos v. Bessent, goes to Judge Dabney Friedrich in federal court in Washington. She denies a temporary restraining order in March.',
      people: ['Nandan Joshi', 'Alan B. Morrison', 'Dabney Friedrich'],
      sources: [publicCitizenCentro],
    },
    {
      id: 'mou-signed',
      date: '2025-04-07',
      precision: 'day',
      category: 'agreement',
      key: true,
      title: 'Treasury and Homeland Security sign the IRS–ICE data agreement',
      label: 'Agreement signed',
      summary:
        'Treasury Secretary Scott Bessent and Homeland Security Secretary Kristi Noem sign a memorandum of understanding: ICE submits names and addresses of people it says are under criminal investigation, chiefly people with final removal orders, for the IRS to check against tax records. The agreement is made under Internal Revenue Code §6103(i)(2). A redacted copy is filed in the Centro case late on April 7 and reported on April 8.',
      people: ['Scott Bessent', 'Kristi Noem'],
      sources: [
        {
          publisher: 'CNN (via KVIA)',
          title:
            'IRS reaches data-sharing deal with DHS to help find undocumented immigrants for deportation',
          published: '2025-04-08',
          url: 'https://kvia.com/politics/cnn-us-politics/2025/04/08/irs-reaches-data-sharing-deal-with-dhs-to-help-find-undocumented-immigrants-for-deportation/',
        },
      ],
    },
    {
      id: 'krause-departure',
      date: '2025-04-08',
      precision: 'day',
      category: 'personnel',
      key: true,
      title: 'Acting IRS commissioner Melanie Krause announces she will leave',
      label: 'Krause to leave',
      summary:
        'Acting IRS commissioner Melanie Krause tells staff she is leaving, taking the deferred-resignation offer. Reports name the ICE agreement as one factor. She is out of the acting role by April 15.',
      people: ['Melanie Krause'],
      sources: [
        {
          publisher: 'Accounting Today',
          title: 'Acting IRS Commissioner Krause to resign',
          published: '2025-04-08',
          url: 'https://accountingtoday.com/news/acting-irs-commissioner-krause-to-resign',
        },
      ],
    },
    {
      id: 'shapley-named-acting',
      date: '2025-04-15',
      precision: 'day',
      category: 'personnel',
      title: 'Gary Shapley named acting IRS commissioner',
      label: 'Shapley named',
      summary:
        'The president names Gary Shapley, an IRS criminal investigator and whistleblower, acting commissioner.',
      people: ['Gary Shapley'],
      sources: [
        {
          publisher: 'JD Supra',
          title: 'On Tax Day, President Names New IRS Chief',
          published: '2025-04-15',
          url: 'https://jdsupra.com/legalnews/on-tax-day-president-names-new-irs-chief-2107447',
        },
        cfoBrewHeads,
      ],
    },
    {
      id: 'faulkender-replaces-shapley',
      date: '2025-04-18',
      precision: 'day',
      category: 'personnel',
      title: 'Michael Faulkender replaces Gary Shapley as acting IRS commissioner',
      label: 'Faulkender named',
      summary:
        'Deputy Treasury Secretary Michael Faulkender replaces Gary Shapley as acting commissioner after three days.',
      people: ['Michael Faulkender', 'Gary Shapley'],
      sources: [
        cfoBrewHeads,
        {
          publisher: 'Accounting Today',
          title: 'Acting IRS commissioner reportedly replaced',
          published: '2025-04-18',
          url: 'https://accountingtoday.com/news/acting-irs-commissioner-reportedly-replaced',
        },
      ],
    },
    {
      id: 'friedrich-denies-injunction',
      date: '2025-05-12',
      precision: 'day',
      category: 'court',
      key: true,
      title: 'Judge Friedrich denies an injunction against the IRS–ICE agreement',
      label: 'Friedrich ruling',
      summary:
        "Judge Dabney Friedrich denies a preliminary injunction in Centro de Trabajadores Unidos v. Bessent. She rules that the agreement does not violate the Internal Revenue Code, because §6103(i)(2) allows disclosure for criminal investigations when the requesting agency already has the person's name and address and states the period, the law and why the information is relevant.",
      people: ['Dabney Friedrich'],
      sources: [
        publicCitizenCentro,
        {
          publisher: 'UPI',
          published: '2025-05-12',
          url: 'https://www.upi.com/Top_News/US/2025/05/12/judge-irs-data-share-ruling-trump-administration/3641747104527/',
        },
      ],
    },
    {
      id: 'mou-unsealed',
      date: '2025-05-13',
      precision: 'day',
      category: 'agreement',
      title: 'Near-complete text of the IRS–ICE agreement is made public',
      label: 'Text made public',
      summary:
        'On a motion by American Oversight, Judge Dabney Friedrich orders the agreement almost entirely unsealed late on May 12. The near-complete text is made public on May 13.',
      people: ['Dabney Friedrich'],
      sources: [
        {
          publisher: 'American Oversight',
          title:
            "Here's what the government tried to keep hidden in the IRS-ICE data-sharing agreement",
          published: '2025-05-14',
          url: 'https://americanoversight.org/heres-what-the-government-tried-to-keep-hidden-in-the-irs-ice-data-sharing-agreement/',
        },
      ],
    },
    {
      id: 'centro-appeal-filed',
      date: '2025-05-21',
      precision: 'day',
      category: 'lawsuit',
      title: 'Centro plaintiffs appeal the denial of an injunction',
      label: 'Centro appeals',
      summary:
        "The Centro plaintiffs appeal Judge Dabney Friedrich's denial of a preliminary injunction to the U.S. Court of Appeals for the D.C. Circuit.",
      people: ['Dabney Friedrich'],
      sources: [publicCitizenCentro],
    },
    {
      id: 'long-confirmed',
      date: '2025-06-12',
      precision: 'day',
      category: 'personnel',
      title: 'Senate confirms Billy Long as IRS commissioner',
      label: 'Long confirmed',
      summary: 'The Senate confirms former congressman Billy Long as IRS commissioner, 53–44.',
      people: ['Billy Long'],
      sources: [
        {
          publisher: 'Associated Press (via Lincoln Daily News)',
          published: '2025-06-13',
          url: 'https://archives.lincolndailynews.com/2025/Jun/13/NEWS/news_l.shtml',
        },
      ],
    },
    {
      id: 'long-sworn-in',
      date: '2025-06-16',
      precision: 'day',
      category: 'personnel',
      title: 'Billy Long sworn in as the 51st IRS commissioner',
      label: 'Long sworn in',
      summary:
        'Billy Long is sworn in as the 51st commissioner of the IRS, finishing the term that runs to November 12, 2027.',
      people: ['Billy Long'],
      sources: [
        {
          publisher: 'CPA Practice Advisor',
          title: 'Billy Long sworn in as 51st commissioner of the IRS',
          published: '2025-06-23',
          url: 'https://www.cpapracticeadvisor.com/2025/06/23/billy-long-sworn-in-as-51st-commissioner-of-the-irs/163601/',
        },
      ],
    },
    {
      id: 'irs-shares-47000-addresses',
      date: '2025-08-07',
      precision: 'day',
      category: 'data',
      title: 'IRS sends ICE about 47,000 taxpayer addresses',
      label: 'Addresses sent',
      summary:
        'ICE had sent the names of about 1.28 million people it said were under criminal investigation. The IRS matched about 47,000 of them and sends ICE their last-known addresses.',
      sources: [
        {
          publisher: 'FedScoop',
          title: 'Court documents reveal ICE request for nearly 1.3 million taxpayer records',
          published: '2025-08',
          url: 'https://fedscoop.com/ice-irs-data-sharing-millions-of-records-court-case',
        },
      ],
    },
    {
      id: 'long-removed',
      date: '2025-08-08',
      precision: 'day',
      category: 'personnel',
      key: true,
      title: 'Billy Long removed as IRS commissioner; Bessent becomes acting commissioner',
      label: 'Long removed',
      summary:
        'Billy Long is removed as IRS commissioner after less than two months and says he will be nominated ambassador to Iceland; Treasury Secretary Scott Bessent becomes acting commissioner. The Washington Post reported a clash over immigrant data the day before. The White House denied a link.',
      people: ['Billy Long', 'Scott Bessent'],
      sources: [
        {
          publisher: 'Ohio Society of CPAs',
          title: 'Billy Long removed as IRS commissioner, tapped for Iceland ambassadorship',
          published: '2025-08-15',
          url: 'https://ohiocpa.com/get-involved/news/2025/08/15/billy-long-removed-as-irs-commissioner--tapped-for-iceland-ambassadorship',
        },
      ],
    },
    {
      id: 'ctr-emergency-motion',
      date: '2025-08-20',
      precision: 'day',
      category: 'lawsuit',
      title: 'Taxpayer advocates ask the court to halt IRS data sharing with ICE',
      label: 'Halt sought',
      summary:
        'The Center for Taxpayer Rights coalition asks Judge Colleen Kollar-Kotelly to halt IRS data sharing with ICE.',
      people: ['Colleen Kollar-Kotelly'],
      sources: [
        {
          publisher: 'Thomson Reuters Tax',
          title: 'Orgs ask judge to block IRS-ICE data-sharing policy',
          published: '2025-08-20',
          url: 'https://tax.thomsonreuters.com/news/orgs-ask-judge-to-block-irs-ice-data-sharing-policy',
        },
        democracyForwardCtr,
      ],
    },
    {
      id: 'notice-orders',
      date: '2025-09',
      precision: 'month',
      category: 'court',
      title: 'Judge requires notice before any further IRS data transfer to ICE',
      label: 'Notice ordered',
      summary:
        "Judge Colleen Kollar-Kotelly requires the government to give 24 hours' notice before any further IRS data transfer to ICE.",
      people: ['Colleen Kollar-Kotelly'],
      sources: [
        {
          publisher: 'FedScoop',
          published: '2025-09',
          url: 'https://fedscoop.com/irs-ice-data-sharing-court-order',
        },
      ],
    },
    {
      id: 'dc-circuit-hears-centro',
      date: '2025-10-03',
      precision: 'day',
      category: 'court',
      title: 'Appeals court hears argument in the Centro case',
      label: 'Appeal argued',
      summary:
        "The U.S. Court of Appeals for the D.C. Circuit hears argument in the Centro plaintiffs' appeal.",
      sources: [
        {
          publisher: 'Public Citizen',
          title:
            'U.S. Court of Appeals for the D.C. Circuit to determine if the IRS deal to share taxpayer data with ICE is unlawful',
          published: '2025-10',
          url: 'https://www.citizen.org/news/u-s-court-of-appeals-for-the-d-c-circuit-to-determine-if-trump-administrations-irs-deal-to-share-taxpayer-data-with-ice-dhs-is-unlawful/',
        },
      ],
    },
    {
      id: 'bisignano-irs-ceo',
      date: '2025-10-06',
      precision: 'day',
      category: 'personnel',
      title: 'Frank Bisignano named chief executive of the IRS',
      label: 'Bisignano named',
      summary:
        "Social Security Commissioner Frank Bisignano is also named the IRS's chief executive. Scott Bessent stays acting commissioner.",
      people: ['Frank Bisignano', 'Scott Bessent'],
      sources: [
        bloombergTaxBisignano,
        {
          publisher: 'The Fiscal Times',
          title: 'Social Security chief named to also serve as IRS CEO',
          published: '2025-10-06',
          url: 'https://www.thefiscaltimes.com/2025/10/06/Social-Security-Chief-Named-Also-Serve-IRS-CEO',
        },
      ],
    },
    {
      id: 'kollar-kotelly-blocks-sharing',
      date: '2025-11-21',
      precision: 'day',
      category: 'court',
      key: true,
      title: 'Judge Kollar-Kotelly blocks the IRS from giving ICE taxpayer addresses',
      label: 'Sharing blocked',
      summary:
        'In a 94-page ruling in Center for Taxpayer Rights v. IRS, Judge Colleen Kollar-Kotelly preliminarily blocks the IRS from giving ICE taxpayer addresses: the policy is likely arbitrary and capricious under the Administrative Procedure Act and does not meet the Internal Revenue Code\'s requirements for such disclosures. She doubts ICE\'s claim that one official was "personally and directly engaged" in some 47,000 criminal matters, "let alone 1.28 million of them".',
      people: ['Colleen Kollar-Kotelly'],
      sources: [
        democracyForwardCtr,
        {
          publisher: 'CNN (via KION)',
          title: 'Federal judge blocks IRS from sharing information to help ICE with deportations',
          published: '2025-11-21',
          url: 'https://kioncentralcoast.com/politics/cnn-us-politics/2025/11/21/federal-judge-blocks-irs-from-sharing-information-to-help-ice-with-deportations',
        },
      ],
    },

    // 2026
    {
      id: 'talwani-blocks-sharing',
      date: '2026-02-05',
      precision: 'day',
      category: 'court',
      title: 'Judge Indira Talwani blocks IRS–ICE data sharing in Massachusetts case',
      label: 'Talwani ruling',
      summary:
        'Judge Indira Talwani of the federal court in Massachusetts blocks IRS–ICE data sharing and bars ICE from using data it has already received. The case is Community Economic Development Center of Southeastern Massachusetts v. Bessent.',
      people: ['Indira Talwani'],
      sources: [
        {
          publisher: 'Raw Story',
          published: '2026-02-05',
          url: 'https://www.rawstory.com/amp/trump-ice-2675103478-2675103478',
        },
      ],
    },
    {
      id: 'irs-admits-improper-disclosures',
      date: '2026-02-11',
      precision: 'day',
      category: 'data',
      title: 'IRS says some taxpayer data was shared with ICE in error',
      label: 'IRS admits errors',
      summary:
        'In a court declaration, the IRS acknowledges that some taxpayer data was shared with ICE in error. Treasury had asked Homeland Security in January to dispose of it.',
      sources: [
        {
          publisher: 'Fox News',
          title:
            'IRS erroneously shared confidential immigrant taxpayer data with DHS, court filing says',
          published: '2026-02-11',
          url: 'https://www.foxnews.com/politics/irs-erroneously-shared-confidential-immigrant-taxpayer-data-dhs-court-filing',
        },
      ],
    },
    {
      id: 'dc-circuit-upholds-friedrich',
      date: '2026-02-24',
      precision: 'day',
      category: 'court',
      title: "Appeals court upholds Judge Friedrich's denial of an injunction",
      label: 'Friedrich upheld',
      summary:
        "A D.C. Circuit panel upholds Judge Dabney Friedrich's denial of an injunction. It holds that §6103(i)(2) allows disclosure of addresses on a valid request, and that the agreement is not a final agency action open to challenge under the Administrative Procedure Act.",
      people: ['Dabney Friedrich'],
      sources: [
        {
          publisher: 'Bloomberg Law',
          title: 'IRS info sharing with Homeland Security withstands court appeal',
          published: '2026-02-24',
          url: 'https://news.bloomberglaw.com/daily-tax-report/irs-info-sharing-with-homeland-security-withstands-court-appeal',
        },
        {
          publisher: 'FedScoop',
          title: 'Appeals court gives OK to IRS to keep sharing data with ICE',
          published: '2026-02-26',
          url: 'https://fedscoop.com/appeals-court-gives-ok-to-irs-to-keep-sharing-data-with-ice/',
        },
      ],
    },
    {
      id: 'kollar-kotelly-42695-violations',
      date: '2026-02-26',
      precision: 'day',
      category: 'court',
      title: 'Judge finds the IRS broke the law about 42,695 times',
      label: 'Violations found',
      summary:
        "Judge Colleen Kollar-Kotelly finds the IRS broke the law about 42,695 times by disclosing addresses without confirming that ICE had supplied a valid address for each person. The government's appeal of her November injunction is pending.",
      people: ['Colleen Kollar-Kotelly'],
      sources: [
        {
          publisher: 'Mediaite',
          title:
            'Judge rules IRS broke the law approximately 42,695 times by sharing confidential data with ICE',
          published: '2026-02-26',
          url: 'https://www.mediaite.com/media/news/judge-rules-irs-broke-the-law-approximately-42695-times-by-sharing-confidential-data-with-ice/',
        },
      ],
    },
    {
      id: 'tigta-report',
      date: '2026-06-08',
      precision: 'day',
      category: 'data',
      title: 'Treasury inspector general reports on the IRS–ICE address sharing',
      label: 'Watchdog report',
      summary:
        'The Treasury Inspector General for Tax Administration reports that about 47,000 addresses were shared from a request covering more than 1.2 million records. It also reports that the matching was inconsistent and that ICE did not meet the safeguards for taxpayer data.',
      sources: [
        {
          publisher: 'Bloomberg Government',
          title: 'IRS data-sharing deal with ICE failed to meet set safeguards',
          published: '2026-06',
          url: 'https://news.bgov.com/immigration/irs-data-sharing-deal-with-ice-failed-to-meet-set-safeguards',
        },
      ],
    },
  ],
  tracks: [
    {
      id: 'irs-leadership',
      label: 'Who led the IRS',
      spans: [
        {
          id: 'span-werfel',
          label: 'Danny Werfel',
          role: 'commissioner',
          start: '2023-03',
          startPrecision: 'month',
          end: '2025-01-20',
          endPrecision: 'day',
        },
        {
          id: 'span-odonnell',
          label: "Doug O'Donnell",
          role: 'acting commissioner',
          start: '2025-01-20',
          startPrecision: 'day',
          end: '2025-02-28',
          endPrecision: 'day',
        },
        {
          id: 'span-krause',
          label: 'Melanie Krause',
          role: 'acting commissioner',
          start: '2025-02-28',
          startPrecision: 'day',
          end: '2025-04-15',
          endPrecision: 'day',
          note: 'She was out of the acting role by April 15, 2025.',
        },
        {
          id: 'span-shapley',
          label: 'Gary Shapley',
          role: 'acting commissioner',
          start: '2025-04-15',
          startPrecision: 'day',
          end: '2025-04-18',
          endPrecision: 'day',
        },
        {
          id: 'span-faulkender',
          label: 'Michael Faulkender',
          role: 'acting commissioner',
          start: '2025-04-18',
          startPrecision: 'day',
          end: '2025-06-16',
          endPrecision: 'day',
        },
        {
          id: 'span-long',
          label: 'Billy Long',
          role: 'commissioner',
          start: '2025-06-16',
          startPrecision: 'day',
          end: '2025-08-08',
          endPrecision: 'day',
        },
        {
          id: 'span-bessent',
          label: 'Scott Bessent',
          role: 'acting commissioner',
          start: '2025-08-08',
          startPrecision: 'day',
          note: 'No end date is known: still acting commissioner at the last report, Oct. 6, 2025, when Frank Bisignano was named IRS chief executive under him.',
        },
      ],
      sources: [bloombergTaxBisignano],
    },
  ],
};
