namespace Leasing.Kernel.Time;

/// <summary>
/// French working days (jours ouvrés): Monday to Friday, except the eleven public holidays of metropolitan France
/// (eight fixed dates and three that follow Easter). SLAs written "within 2 working days" are counted with it, in
/// Paris time, so a deadline never falls on a weekend or a public holiday.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    public static bool IsPublicHoliday(DateOnly day)
    {
        if ((day.Month, day.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25)) return true;
        var easter = EasterSunday(day.Year);
        // Easter Monday, Ascension Thursday (Easter + 39 days) and Whit Monday (Easter + 50 days).
        return day == easter.AddDays(1) || day == easter.AddDays(39) || day == easter.AddDays(50);
    }

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="from"/>, at the same Paris time of day.
    /// Counting starts on the next working day; a start on a weekend or holiday counts from that day's midnight, so
    /// "2 working days" from a Saturday ends at the close of Tuesday.
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = TimeZoneInfo.ConvertTime(from, BusinessCalendar.Paris);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!IsWorkingDay(day))
        {
            while (!IsWorkingDay(day)) day = day.AddDays(1);
            time = TimeOnly.MinValue;
        }
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        var target = day.ToDateTime(time);
        return new DateTimeOffset(target, BusinessCalendar.Paris.GetUtcOffset(target)).ToUniversalTime();
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian, or Meeus–Jones–Butcher, computation).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
