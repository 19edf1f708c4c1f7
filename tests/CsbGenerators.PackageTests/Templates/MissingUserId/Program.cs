using System;
using Reports;

var exported = new ReportExported { AccountId = "12345678", Pages = 3 };
Console.WriteLine(exported.Pages);
