/**
 * One passing application per funding line, as an applicant would write it. Every
 * requirement (and every priority) of the line is met, so a good template has no
 * finding at all; the mutations in corpus.ts break one thing at a time.
 * `{{NAME}}` and `{{CODE}}` are the applicant's name and credit code.
 */
export const TEMPLATES: Record<string, string> = {
  '1': `project: 1
title: 基于人工智能的漓江流域智慧旅游平台研发与应用
fields: [electronic_information, tourism_culture]
period: { start: 2019, end: 2021 }
funding:
  requested: 120
  matching: 300
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
partners:
  - { name: 桂林电子科技大学, type: university, country: CN }
leader: { name: 张伟 }
targets:
  newProducts: 2
  massProduction: true
`,
  '2': `project: 2
title: 罗汉果甜苷降糖新药临床前研究
fields: [bio_medicine]
period: { start: 2019, end: 2021 }
funding:
  requested: 200
  matching: 500
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
partners:
  - { name: 广西植物研究所, type: research_institute }
drug: { stage: preclinical }
targets:
  clinicalApproval: true
`,
  '3': `project: 3
title: 智能数控机床关键部件研发
fields: [advanced_manufacturing]
period: { start: 2019, end: 2021 }
funding:
  requested: 150
  matching: 300
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
partners:
  - { name: 桂林理工大学, type: university }
targets:
  newProducts: 1
  massProduction: true
`,
  '4': `project: 4
title: 高性能锂电池正极材料产业化
fields: [new_materials, new_energy]
period: { start: 2019, end: 2020 }
funding:
  requested: 100
  matching: 250
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
partners:
  - { name: 中国有色桂林矿产地质研究院, type: research_institute }
targets:
  newProducts: 3
  massProduction: true
`,
  '5-1': `project: 5
direction: 1
title: 岩溶地质国家重点实验室能力提升
fields: [resources_environment]
period: { start: 2019, end: 2021 }
funding:
  requested: 200
applicant:
  name: {{NAME}}
  type: research_institute
  inGuilin: true
  creditCode: {{CODE}}
  platforms:
    - { kind: key_lab, level: ministry, name: 岩溶动力学重点实验室 }
attachments:
  - { kind: development_plan, file: attachments/三年发展规划.pdf }
`,
  '5-2': `project: 5
direction: 2
title: 桂林市智能制造广西重点实验室培育
fields: [advanced_manufacturing]
period: { start: 2019, end: 2021 }
funding:
  requested: 50
  matching: 100
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
targets:
  keyLabApplicationYear: 2020
attachments:
  - { kind: development_plan, file: attachments/三年发展规划.pdf }
`,
  '6': `project: 6
title: 漓江众创空间创新创业服务能力建设
fields: [high_tech_services]
period: { start: 2019, end: 2020 }
funding:
  requested: 40
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
  platforms:
    - { kind: maker_space, level: city }
targets:
  smeFilings: 10
  highTechCultivated: 3
  competitionEntries: 5
  mentors: 8
`,
  '7': `project: 7
title: 恭城月柿星创天地科技服务
fields: [agriculture]
period: { start: 2019, end: 2020 }
funding:
  requested: 20
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
  platforms:
    - { kind: rural_maker_space, level: guangxi }
partners:
  - { name: 广西特色作物研究院, type: research_institute }
attachments:
  - { kind: recommendation, by: tech_bureau, file: attachments/推荐函.pdf }
`,
  '8': `project: 8
title: 中德智能传感联合实验室
fields: [electronic_information]
period: { start: 2019, end: 2021 }
funding:
  requested: 50
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
partners:
  - { name: Fraunhofer IPMS, type: research_institute, country: DE }
targets:
  breakthroughs: 1
  platforms: 1
  talentTeams: 1
attachments:
  - { kind: cooperation_agreement, partner: Fraunhofer IPMS, file: attachments/合作协议.pdf }
  - { kind: agreement_translation, partner: Fraunhofer IPMS, file: attachments/合作协议译文.pdf }
`,
  '9': `project: 9
title: 引进人才领衔的光纤传感器研发
fields: [electronic_information]
period: { start: 2019, end: 2021 }
funding:
  requested: 80
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
  platforms:
    - { kind: academician_workstation, level: city }
talent:
  route: introduced
  name: 李明
  isLeader: true
  introducedOn: 2018-03-01
  category: 3
attachments:
  - { kind: talent_recognition, file: attachments/人才认定.pdf }
`,
  '10': `project: 10
title: 工业物联网网关研发
fields: [electronic_information]
period: { start: 2019, end: 2020 }
funding:
  requested: 30
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
  highTech: valid
  smeNumber: "2019450300A0000123"
targets:
  patents: 2
`,
  '11': `project: 11
title: 桂花精油成果转化产业化
fields: [agriculture]
period: { start: 2019, end: 2020 }
funding:
  requested: 50
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
targets:
  revenue: 1500
`,
  '12': `project: 12
title: 新型抗菌材料技术交易与产业化
fields: [new_materials]
period: { start: 2019, end: 2022 }
funding:
  requested: 80
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
partners:
  - { name: 桂林理工大学, type: university }
targets:
  techTransaction: 1800
  revenue: 2500
declarations:
  noDuplicateSubsidy: true
`,
  '13': `project: 13
title: 桂港文旅数字化联合研发
fields: [tourism_culture]
period: { start: 2019, end: 2021 }
funding:
  requested: 35
applicant:
  name: {{NAME}}
  type: university
  inGuilin: true
  creditCode: {{CODE}}
partners:
  - { name: 香港理工大学, type: university, country: CN }
targets:
  breakthroughs: 2
attachments:
  - { kind: cooperation_agreement, file: attachments/合作协议.pdf }
`,
  '14': `project: 14
title: 龙胜贫困村罗汉果种植科技扶贫
fields: [agriculture]
period: { start: 2019, end: 2020 }
funding:
  requested: 25
applicant:
  name: {{NAME}}
  type: research_institute
  inGuilin: true
  creditCode: {{CODE}}
commissioner:
  name: 王强
  dispatchedByApplicant: true
  mainImplementer: true
targets:
  poorVillages: 3
  poorHouseholds: 120
attachments:
  - { kind: recommendation, by: tech_bureau, file: attachments/推荐函.pdf }
`,
  '15-1': `project: 15
direction: 1
title: 漓江流域农村污水生态处理示范
fields: [resources_environment]
period: { start: 2019, end: 2020 }
funding:
  requested: 30
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
`,
  '15-2': `project: 15
direction: 2
title: 景区客流安全预警系统
fields: [public_safety]
period: { start: 2019, end: 2020 }
funding:
  requested: 15
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
`,
  '15-3': `project: 15
direction: 3
tier: general
title: 老年慢病社区干预研究
fields: [health_care]
period: { start: 2019, end: 2020 }
funding:
  requested: 5
applicant:
  name: {{NAME}}
  type: hospital
  inGuilin: true
  creditCode: {{CODE}}
attachments:
  - { kind: ethics_approval, file: attachments/伦理审查批件.pdf }
`,
  '16': `project: 16
tier: major
title: 全州县生态循环农业桂林模式示范
fields: [agriculture, resources_environment]
period: { start: 2019, end: 2022 }
funding:
  requested: 180
applicant:
  name: {{NAME}}
  type: enterprise
  inGuilin: true
  creditCode: {{CODE}}
ecoIndustry: true
attachments:
  - { kind: recommendation, by: county_government, file: attachments/县政府推荐函.pdf }
`,
};

/** The attachment files the templates name, created beside the corpus. */
export const ATTACHMENT_FILES = [
  '三年发展规划.pdf',
  '推荐函.pdf',
  '合作协议.pdf',
  '合作协议译文.pdf',
  '人才认定.pdf',
  '伦理审查批件.pdf',
  '县政府推荐函.pdf',
];
